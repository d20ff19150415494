package dev.nana.spring.boot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code spring.datasource.url} is a {@code jdbc:nana:} URL. */
class NanaUrlCondition extends SpringBootCondition {
    static final String URL_PROPERTY = "spring.datasource.url";
    private static final String PREFIX = "jdbc:nana:";

    static boolean isNana(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    /** A jdbc:nana: URL with no driver class: Boot, which reads an empty one as none, could not open it. */
    static boolean lacksDriverClass(String url, String driverClassName) {
        return isNana(url) && !StringUtils.hasText(driverClassName);
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(URL_PROPERTY);
        return isNana(url) ? ConditionOutcome.match(URL_PROPERTY + " is a " + PREFIX + " URL")
                : ConditionOutcome.noMatch(URL_PROPERTY + " is not a " + PREFIX + " URL");
    }
}
