package dk.kompetence.reporting;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with :name parameters. The coverage queries use the reference date a dozen times, and
 * numbered question marks would make them unreadable. Names are bound from a map; a name
 * without a value is an error rather than a silent NULL.
 */
final class NamedSql {

    private static final Pattern NAME = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");

    private final String jdbcSql;
    private final List<String> names = new ArrayList<>();

    NamedSql(String sql) {
        Matcher matcher = NAME.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        this.jdbcSql = jdbc.toString();
    }

    PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(jdbcSql);
        try {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("No value for :" + name);
                }
                Object value = values.get(name);
                statement.setObject(i + 1, value instanceof LocalDate date ? Date.valueOf(date) : value);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    String jdbcSql() {
        return jdbcSql;
    }
}
