package id.loket.workflow.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may take a card from its holder, as data (table {@code claim_override_rule}: role x action), so an office
 * can widen or narrow it without a release. Read on each use: the table is a handful of rows.
 */
@Component
public class ClaimRules {

    public static final String RELEASE = "RELEASE";
    public static final String REASSIGN = "REASSIGN";

    private final JdbcTemplate jdbc;

    ClaimRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean may(Collection<String> roles, String action) {
        return rules().stream().anyMatch(r -> r.action().equals(action) && roles.contains(r.role()));
    }

    public boolean mayAny(Collection<String> roles) {
        return rules().stream().anyMatch(r -> roles.contains(r.role()));
    }

    private record Rule(String role, String action) {
    }

    private List<Rule> rules() {
        return jdbc.query("SELECT role_code, action FROM claim_override_rule",
                (rs, i) -> new Rule(rs.getString(1), rs.getString(2)));
    }
}
