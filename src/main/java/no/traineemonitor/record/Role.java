package no.traineemonitor.record;

/**
 * What a signed-in user may do (a visitor who is not signed in is the public). See docs/yearly-returns.md.
 * <ul>
 * <li>ANALYST (a county council): every indicator and its history, and the unsuppressed figures of the programmes of
 * their own county</li>
 * <li>LEADER (a programme leader): their own programme's template, returns and unsuppressed figures</li>
 * <li>FUNDER: the workbooks and extracts</li>
 * <li>ADMIN: everything, users, the audit log, withdrawing returns</li>
 * </ul>
 */
public enum Role {
    ANALYST, LEADER, FUNDER, ADMIN
}
