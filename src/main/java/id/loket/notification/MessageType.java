package id.loket.notification;

import java.util.List;

/** The messages Loket sends to citizens, each with its template and the placeholders it may use. */
public enum MessageType {
    /** Intake completed: the registration number and the status page. */
    RECEIVED(List.of("nomor", "cabang", "tautan")),
    /** Intake returned the file: the documents that are missing. */
    RETURNED(List.of("nomor", "cabang", "dokumen", "tautan")),
    /** The KK is signed and waits at the pickup counter. */
    KK_READY(List.of("nomor", "cabang", "tautan")),
    /** A complaint was resolved: its answer. */
    COMPLAINT_ANSWER(List.of("nomor", "cabang", "jawaban"));

    private final List<String> placeholders;

    MessageType(List<String> placeholders) {
        this.placeholders = placeholders;
    }

    /** Placeholder names (without braces) a template of this type may use. */
    public List<String> placeholders() {
        return placeholders;
    }
}
