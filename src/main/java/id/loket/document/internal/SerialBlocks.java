package id.loket.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code kk_serial_block} table (issue 14.4): serials {@code first..last} of one district on each day of
 * {@code validFrom..validUntil}, for one branch. The central keeps every block it granted; a branch the ones it got.
 */
@Component
public class SerialBlocks {

    public record Block(UUID id, String branchCode, String district, int first, int last, LocalDate validFrom,
                        LocalDate validUntil) {

        public int size() {
            return last - first + 1;
        }
    }

    private final JdbcTemplate jdbc;

    SerialBlocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the block was there already (a downstream event applied again) */
    public boolean insertIfAbsent(Block b, Instant grantedAt) {
        return jdbc.update("INSERT IGNORE INTO kk_serial_block (id, branch_code, district, serial_first, serial_last, "
                        + "valid_from, valid_until, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", b.id().toString(),
                b.branchCode(), b.district(), b.first(), b.last(), b.validFrom(), b.validUntil(),
                LocalDateTime.ofInstant(grantedAt, ZoneOffset.UTC)) == 1;
    }

    /** The branch's blocks of a district valid on a day, lowest serials first. */
    public List<Block> covering(String branchCode, String district, LocalDate day) {
        return jdbc.query("SELECT * FROM kk_serial_block WHERE branch_code = ? AND district = ? AND valid_from <= ? "
                + "AND valid_until >= ? ORDER BY serial_first", (rs, i) -> block(rs), branchCode, district, day, day);
    }

    /** District -> the last day the branch has serials for. */
    public Map<String, LocalDate> coverage(String branchCode) {
        Map<String, LocalDate> result = new TreeMap<>();
        jdbc.query("SELECT district, MAX(valid_until) AS until FROM kk_serial_block WHERE branch_code = ? "
                + "GROUP BY district", rs -> {
            result.put(rs.getString("district"), rs.getObject("until", LocalDate.class));
        }, branchCode);
        return result;
    }

    /** The branch's newest block of a district (its slot: the same serials on later days). */
    public Optional<Block> latest(String branchCode, String district) {
        return jdbc.query("SELECT * FROM kk_serial_block WHERE branch_code = ? AND district = ? "
                + "ORDER BY valid_until DESC LIMIT 1", (rs, i) -> block(rs), branchCode, district).stream().findFirst();
    }

    /** Blocks of other branches in a district that are valid on or after {@code from}. */
    public List<Block> othersFrom(String branchCode, String district, LocalDate from) {
        return jdbc.query("SELECT * FROM kk_serial_block WHERE branch_code <> ? AND district = ? AND valid_until >= ?",
                (rs, i) -> block(rs), branchCode, district, from);
    }

    /** Every block of a district (tests and the central's checks). */
    public List<Block> ofDistrict(String district) {
        return jdbc.query("SELECT * FROM kk_serial_block WHERE district = ? ORDER BY branch_code, valid_from",
                (rs, i) -> block(rs), district);
    }

    private static Block block(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Block(UUID.fromString(rs.getString("id")), rs.getString("branch_code"), rs.getString("district"),
                rs.getInt("serial_first"), rs.getInt("serial_last"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class));
    }
}
