package dev.nana.spring.boot;

import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * One {@link KvStore} bean per namespace of {@code nana.kv.namespaces}, named {@code <namespace>KvStore} and
 * qualified by the namespace ({@code @Qualifier("users") KvStore users}), opened by {@link NanaKvStores#open} on the
 * application's DataSource and closed with the context.
 */
class KvStoreRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {
    static final String NAMESPACES_PROPERTY = "nana.kv.namespaces";
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        List<String> namespaces = Binder.get(environment).bind(NAMESPACES_PROPERTY, Bindable.listOf(String.class))
                .orElse(List.of());
        for (String namespace : namespaces) {
            RootBeanDefinition definition = new RootBeanDefinition(KvStoreRegistrar.class);
            definition.setTargetType(KvStore.class);
            definition.setFactoryMethodName("store");
            definition.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
            definition.getConstructorArgumentValues().addIndexedArgumentValue(1, namespace);
            definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, namespace));
            definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
            registry.registerBeanDefinition(namespace + "KvStore", definition);
        }
    }

    /** The beans' factory method; the DataSource is autowired. */
    static KvStore store(DataSource dataSource, String namespace) throws SQLException {
        return NanaKvStores.open(dataSource, namespace, KvOptions.defaults());
    }
}
