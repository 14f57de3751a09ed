package id.loket.notification.internal;

/**
 * The port to whatever delivers a text to a citizen's phone (an SMS/WhatsApp gateway, or the simulator). Returns
 * normally when the gateway took the message, also when it had already taken one with this idempotency key (then it
 * must not send it again); throws {@link GatewayFailure} for anything else. Never called inside a transaction.
 */
public interface NotificationGateway {

    void send(OutgoingMessage message);

    /** @param phone in international form without "+", e.g. 6281234567890 */
    record OutgoingMessage(String idempotencyKey, String phone, String text) {
    }

    /** The gateway did not take the message (down, timeout, refused): the sender tries again later. */
    class GatewayFailure extends RuntimeException {
        public GatewayFailure(String message) {
            super(message);
        }

        public GatewayFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
