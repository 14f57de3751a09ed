package id.loket.sync;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose rows a branch replicates to the central (issue 14). Placed by the feature that owns the
 * table, so the sync feature lists no other feature's tables: on a branch every insert or update of such an entity
 * becomes one upstream {@link Envelope} per row per transaction (the row as it is at commit), written to the outbox
 * in the same transaction. Bulk JPQL updates and native SQL on such a table are not seen: write these rows through
 * the entity. The envelope's layout is documented in {@code docs/events.md}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Replicated {

    /** The envelope's {@link Envelope#type()}, e.g. {@code step_history}. */
    String type();

    /** The column whose value is the envelope's ordering key ({@link Envelope#aggregate()}), e.g. {@code application_id}. */
    String aggregate();

    /** Version of this type's {@code data} layout ({@link Envelope#schema()}); raise it when columns change meaning. */
    int schema() default 1;
}
