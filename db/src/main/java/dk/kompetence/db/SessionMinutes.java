package dk.kompetence.db;

/**
 * SQL for the minutes of all meetings of the session aliased {@code s}, as a scalar subquery.
 * Built from the HOUR and MINUTE escapes, which Derby and PostgreSQL share: Derby's
 * TIMESTAMP(date, time) and TIMESTAMPDIFF in minutes are not PostgreSQL's.
 */
public final class SessionMinutes {

    public static final String OF_SESSION_S = "(SELECT SUM(CAST(({fn HOUR(mt.end_time)} - {fn HOUR(mt.start_time)}) * 60 "
            + "+ {fn MINUTE(mt.end_time)} - {fn MINUTE(mt.start_time)} AS INTEGER)) "
            + "FROM session_meeting mt WHERE mt.session_id = s.id)";

    private SessionMinutes() {
    }
}
