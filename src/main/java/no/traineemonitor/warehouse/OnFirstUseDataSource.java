package no.traineemonitor.warehouse;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connection pool of a command, opened when the command first reads the database. Spring creates every command
 * to find the one asked for, and each pulls in the pool; opening it then would check the database file before the
 * command runs, so {@code load} could never replace a damaged file. A read command still gets the file checked (and
 * the clear message if it is damaged) at its first query.
 */
final class OnFirstUseDataSource implements DataSource, AutoCloseable {

    private final Supplier<DataSource> opener;
    private volatile DataSource target;

    OnFirstUseDataSource(Supplier<DataSource> opener) {
        this.opener = opener;
    }

    private DataSource target() {
        DataSource t = target;
        if (t == null) {
            synchronized (this) {
                t = target;
                if (t == null) {
                    t = opener.get();
                    target = t;
                }
            }
        }
        return t;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public void close() throws Exception {
        if (target instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log writer
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool's own timeouts apply
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    /** Only this wrapper itself: asking for the pool (as pool metrics do) must not open it. */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
