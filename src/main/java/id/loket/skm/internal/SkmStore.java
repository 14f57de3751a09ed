package id.loket.skm.internal;

import id.loket.skm.SkmElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The survey's two tables, in plain SQL: neither is branch-owned in the sense of ADR 007 (no officer loads a row by
 * id; the public page finds a token by its unguessable value, the Kepala Dinas reads sums over the branches he may
 * see), so they carry no tenant id.
 */
@Repository
public class SkmStore {

    public record Token(String token, String branchCode, String typeCode, LocalDate serviceDay, boolean used) {
    }

    /** Sums over a period: respondents and per element sum and count, in {@link SkmElement} order. */
    public record Sums(long respondents, long[] sums, long[] counts) {
    }

    private final JdbcClient jdbc;

    SkmStore(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    public void insertToken(Token t) {
        jdbc.sql("INSERT INTO skm_token (token, branch_code, type_code, service_day, used) VALUES (?, ?, ?, ?, FALSE)")
                .params(t.token(), t.branchCode(), t.typeCode(), t.serviceDay()).update();
    }

    public Optional<Token> token(String token) {
        return jdbc.sql("SELECT token, branch_code, type_code, service_day, used FROM skm_token WHERE token = ?")
                .param(token)
                .query((rs, i) -> new Token(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
                .optional();
    }

    /** Marks the token used if it was not; true only for the one caller that did (two taps at once: one wins). */
    public boolean use(String token) {
        return jdbc.sql("UPDATE skm_token SET used = TRUE WHERE token = ? AND used = FALSE").param(token).update() == 1;
    }

    public void insertResponse(String branchCode, String typeCode, LocalDate serviceDay, Map<SkmElement, Integer> r) {
        StringBuilder cols = new StringBuilder("id, branch_code, type_code, service_day");
        StringBuilder marks = new StringBuilder("?, ?, ?, ?");
        List<Object> params = new ArrayList<>(List.of(UUID.randomUUID(), branchCode, typeCode, serviceDay));
        for (SkmElement e : SkmElement.values()) {
            cols.append(", ").append(e.column());
            marks.append(", ?");
            params.add(r.get(e));
        }
        jdbc.sql("INSERT INTO skm_response (" + cols + ") VALUES (" + marks + ")").params(params).update();
    }

    /** Sums of the answers whose service day is in [from, to], of one branch/type or (null) all. */
    public Sums sums(LocalDate from, LocalDate to, String branchCode, String typeCode) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
        for (SkmElement e : SkmElement.values()) {
            sql.append(", COALESCE(SUM(").append(e.column()).append("), 0), COUNT(").append(e.column()).append(")");
        }
        sql.append(" FROM skm_response WHERE service_day BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(from, to));
        if (branchCode != null) {
            sql.append(" AND branch_code = ?");
            params.add(branchCode);
        }
        if (typeCode != null) {
            sql.append(" AND type_code = ?");
            params.add(typeCode);
        }
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
            long[] sums = new long[SkmElement.COUNT];
            long[] counts = new long[SkmElement.COUNT];
            for (int e = 0; e < SkmElement.COUNT; e++) {
                sums[e] = rs.getLong(2 + 2 * e);
                counts[e] = rs.getLong(3 + 2 * e);
            }
            return new Sums(rs.getLong(1), sums, counts);
        }).single();
    }
}
