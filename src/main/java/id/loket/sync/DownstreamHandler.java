package id.loket.sync;

/**
 * Applies one downstream event type at a branch (a decision on an escalated complaint, a catalogue change, a KK serial
 * block). Implemented by the feature that owns the data; must be idempotent by {@link Envelope#id()}.
 */
public interface DownstreamHandler {

    /** The {@link Envelope#type()} this handler applies. */
    String type();

    /** Applies the event inside the caller's transaction; a {@link RuntimeException} leaves it to be retried. */
    void apply(Envelope event);
}
