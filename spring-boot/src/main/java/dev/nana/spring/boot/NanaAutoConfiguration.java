package dev.nana.spring.boot;

import dev.nana.jdbc.NanaDriver;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Spring Boot with nothing but {@code spring.datasource.url=jdbc:nana:...} (or {@code spring.flyway.url}): the driver
 * class Boot cannot derive from such a URL, nana's SQLStates translated to Spring's exceptions (policy denials included), and a {@code KvStore} bean
 * joining Spring's transactions for each namespace in {@code nana.kv.namespaces}. See docs/frameworks.md.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({NanaDriver.class, DataSourceProperties.class})
public class NanaAutoConfiguration {

    /**
     * Boot knows driver classes only for the URL prefixes of its {@code DatabaseDriver} list and otherwise fails with
     * "Failed to determine a suitable driver class"; after binding, whatever the URL's source, this names nana's.
     */
    @Bean
    static BeanPostProcessor nanaDriverClassName() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSourceProperties properties
                        && NanaUrlCondition.lacksDriverClass(properties.getUrl(), properties.getDriverClassName())) {
                    properties.setDriverClassName(NanaDriver.class.getName());
                }
                return bean;
            }
        };
    }

    /** Boot hands a single translator bean to its JdbcTemplate and to Hibernate's JPA dialect. */
    @Bean
    @ConditionalOnMissingBean(SQLExceptionTranslator.class)
    @Conditional(NanaUrlCondition.class)
    NanaSqlExceptionTranslator nanaSqlExceptionTranslator() {
        return new NanaSqlExceptionTranslator();
    }

    /**
     * The same for {@code spring.flyway.url=jdbc:nana:...}: FlywayAutoConfiguration builds a DataSource of its own from
     * that URL and {@code spring.flyway.driver-class-name}, and without a driver class fails with "Driver has not been
     * set". Only with Flyway on the classpath, as FlywayAutoConfiguration itself.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
    static class FlywayDriverClassName {
        @Bean
        static BeanPostProcessor nanaFlywayDriverClassName() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof FlywayProperties properties
                            && NanaUrlCondition.lacksDriverClass(properties.getUrl(), properties.getDriverClassName())) {
                        properties.setDriverClassName(NanaDriver.class.getName());
                    }
                    return bean;
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(DataSource.class)
    @Import(KvStoreRegistrar.class)
    static class KvStores {
    }
}
