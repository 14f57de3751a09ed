package id.loket.dashboard.internal;

import id.loket.base.AccountService;
import id.loket.base.BranchTimeZone;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** A branch's time zone (its days and hours), cached: read on every finished visit, changed almost never. */
@Component
public class BranchZones {

    private final AccountService accounts;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    BranchZones(AccountService accounts) {
        this.accounts = accounts;
    }

    public ZoneId zone(String branchCode) {
        ZoneId zone = zones.get(branchCode);
        if (zone == null) {
            // a branch the server does not know (history from elsewhere) counts in WIB, the default of a branch
            zone = accounts.branch(branchCode).map(b -> b.timeZone()).orElse(BranchTimeZone.WIB).zoneId();
            zones.put(branchCode, zone);
        }
        return zone;
    }
}
