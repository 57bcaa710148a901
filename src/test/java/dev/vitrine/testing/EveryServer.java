package dev.vitrine.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of what servers do differently (security, multipart, JPA provider, error pages, JSF), run in the
 * WildFly and Payara 7 legs too; untagged tests run on Payara 6 only (README, "Test it").
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(EveryServer.TAG)
public @interface EveryServer {

    String TAG = "every-server";
}
