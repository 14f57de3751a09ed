package id.loket.base;

import java.time.ZoneId;

/** Indonesia's three time zones; a branch shows its times in its own. */
public enum BranchTimeZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final ZoneId zoneId;

    BranchTimeZone(String zone) {
        this.zoneId = ZoneId.of(zone);
    }

    public ZoneId zoneId() {
        return zoneId;
    }
}
