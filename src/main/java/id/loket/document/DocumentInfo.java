package id.loket.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued KK as staff screens show it. The recipient's ID number is masked; the KK number is shown in full to
 * the staff of steps 6 and 7, who print it anyway. {@code verificationPath} is the public page relative to Loket;
 * {@code verificationUrl} is what the QR code on the paper carries.
 */
public record DocumentInfo(UUID id, UUID applicationId, String kkNumber, String headName, int memberCount,
                           LocalDate issueDate, DocumentStatus status, Instant signedAt, String signedBy,
                           String signerName, boolean developmentCertificate, int printCount, String handedOverTo,
                           String handedOverIdNumber, Instant handedOverAt, String handedOverBy, int sizeBytes,
                           int pages, String verificationPath, String verificationUrl) {
}
