package id.loket.document.internal;

import java.util.List;

/**
 * Everything printed on one KK, already in print form: code labels resolved, dates as dd-mm-yyyy, empty values as
 * they are (the renderer prints them as "-"), members in KK order (head, spouses, children by birth, others).
 * The layout follows shared/domain/kk-document.md.
 *
 * @param regencyTitle      the signing office's region as the footer prints it, e.g. "KABUPATEN BOGOR"
 * @param signatureStatement the sentence that the document is signed electronically (configuration)
 * @param verificationUrl   what the QR code carries: the public verification page of this document
 * @param developmentCertificate true when signed with Loket's self-signed development key: printed as a warning
 */
public record KkContent(String kkNumber, String headName, String address, String rtRw, String village,
                        String district, String regency, String postalCode, String province, List<Member> members,
                        String issueDate, String regencyTitle, String officialName, String officialNip,
                        String signatureStatement, String verificationUrl, boolean developmentCertificate) {

    /** One member row; table I columns first, then table II. */
    public record Member(String fullName, String nik, String sex, String birthPlace, String birthDate, String religion,
                         String education, String occupation, String bloodType, String maritalStatus,
                         String marriageDate, String relationship, String citizenship, String passportNumber,
                         String kitapNumber, String fatherName, String motherName) {
    }
}
