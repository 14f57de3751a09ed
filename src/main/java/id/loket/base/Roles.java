package id.loket.base;

import java.util.List;

/** The office's roles. Constants so that {@code @RolesAllowed} and {@code @PreAuthorize} can name them. */
public final class Roles {

    public static final String FRONT_OFFICE = "FRONT_OFFICE";
    public static final String COUNTER = "COUNTER";
    public static final String OPERATOR = "OPERATOR";
    public static final String VERIFIER = "VERIFIER";
    public static final String SIGNER = "SIGNER";
    public static final String PICKUP = "PICKUP";
    public static final String COMPLAINT_DESK = "COMPLAINT_DESK";
    public static final String SECRETARY = "SECRETARY";
    public static final String HEAD_DAFDUK = "HEAD_DAFDUK";
    public static final String HEAD_CAPIL = "HEAD_CAPIL";
    public static final String HEAD_OF_OFFICE = "HEAD_OF_OFFICE";
    public static final String ADMIN = "ADMIN";

    /** In the order the office's work flows; menus and home cards follow it. */
    public static final List<String> ALL = List.of(FRONT_OFFICE, COUNTER, OPERATOR, VERIFIER, SIGNER, PICKUP,
            COMPLAINT_DESK, SECRETARY, HEAD_DAFDUK, HEAD_CAPIL, HEAD_OF_OFFICE, ADMIN);

    private Roles() {
    }
}
