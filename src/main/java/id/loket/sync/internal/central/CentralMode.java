package id.loket.sync.internal.central;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The bean exists only on the central ({@code loket.mode=central}); a branch has no enrollment or ingest. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(name = "loket.mode", havingValue = "central")
public @interface CentralMode {
}
