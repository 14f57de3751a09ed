package id.loket.complaint;

import id.loket.base.Roles;
import java.util.List;

/** Who holds a complaint: the Sekretaris, one of the two Bidang, or (after escalation) the Kepala Dinas. */
public enum Division {
    SEKRETARIS(Roles.SECRETARY),
    DAFDUK(Roles.HEAD_DAFDUK),
    CAPIL(Roles.HEAD_CAPIL),
    KEPALA_DINAS(Roles.HEAD_OF_OFFICE);

    /** The secretariat routes to these; the Kepala Dinas is reached only by escalation. */
    public static final List<Division> ROUTABLE = List.of(SEKRETARIS, DAFDUK, CAPIL);

    private final String role;

    Division(String role) {
        this.role = role;
    }

    /** The role whose holder acts for this division. */
    public String role() {
        return role;
    }
}
