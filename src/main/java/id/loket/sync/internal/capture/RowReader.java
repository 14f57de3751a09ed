package id.loket.sync.internal.capture;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A row as the envelope's {@code data}: column name -> JSON value. Times are stored in UTC
 * ({@code hibernate.jdbc.time_zone}), so a DATETIME becomes an ISO-8601 instant ("...Z"); dates stay yyyy-MM-dd;
 * UUIDs and texts are strings; binary columns are left out (no replicated table has one: the KK's PDF lives apart).
 */
final class RowReader {

    private RowReader() {
    }

    static Map<String, Object> read(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
            switch (md.getColumnType(i)) {
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                    LocalDateTime t = rs.getObject(i, LocalDateTime.class);
                    row.put(name, t == null ? null : t.toInstant(ZoneOffset.UTC).toString());
                }
                case Types.DATE -> {
                    LocalDate d = rs.getObject(i, LocalDate.class);
                    row.put(name, d == null ? null : d.toString());
                }
                case Types.TIME -> {
                    LocalTime t = rs.getObject(i, LocalTime.class);
                    row.put(name, t == null ? null : t.toString());
                }
                case Types.BIT, Types.BOOLEAN -> {
                    boolean b = rs.getBoolean(i);
                    row.put(name, rs.wasNull() ? null : b);
                }
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> {
                    int n = rs.getInt(i);
                    row.put(name, rs.wasNull() ? null : n);
                }
                case Types.BIGINT -> {
                    long n = rs.getLong(i);
                    row.put(name, rs.wasNull() ? null : n);
                }
                case Types.DECIMAL, Types.NUMERIC -> row.put(name, rs.getBigDecimal(i));
                case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                    double n = rs.getDouble(i);
                    row.put(name, rs.wasNull() ? null : n);
                }
                case Types.BLOB, Types.LONGVARBINARY -> {
                    // left out on purpose: envelopes carry facts, not documents
                }
                default -> row.put(name, rs.getString(i));
            }
        }
        return row;
    }
}
