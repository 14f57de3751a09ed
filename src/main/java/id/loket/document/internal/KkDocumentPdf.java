package id.loket.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.UUID;

/** The signed PDF of a {@link KkDocument}, exactly as signed: never updated, so a reprint is the same file. */
@Entity
@Table(name = "kk_document_pdf")
public class KkDocumentPdf {

    @Id
    @Column(name = "document_id")
    private UUID documentId;
    @Lob
    private byte[] pdf;

    protected KkDocumentPdf() {
    }

    public KkDocumentPdf(UUID documentId, byte[] pdf) {
        this.documentId = documentId;
        this.pdf = pdf;
    }

    public byte[] pdf() {
        return pdf.clone();
    }
}
