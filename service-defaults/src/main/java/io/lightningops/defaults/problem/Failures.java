package io.lightningops.defaults.problem;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import io.quarkus.oidc.OIDCException;

/**
 * Classifies failures that surface from libraries (JDBC, Hibernate, OIDC) into problem types, by
 * walking the cause chain. Persistence exceptions are recognised by SQL state and class name so that
 * this library does not force a persistence dependency on the gateway.
 */
public final class Failures {

    private Failures() {
    }

    /** True when the identity provider (Keycloak) could not be reached to verify a token. */
    public static boolean identityProviderUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException || t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof TimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The problem for a failure that no specific mapper handled; {@code null} if it is a plain bug. */
    public static ProblemType classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("OptimisticLockException") || name.equals("StaleObjectStateException")) {
                return ProblemType.PRECONDITION_FAILED;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505", "23503", "23P01", "40001", "40P01":
                        return ProblemType.CONFLICT;
                    case "23514", "23502", "22001", "22003":
                        // a database rule caught input that validation let through
                        return ProblemType.UNPROCESSABLE;
                    case "08001", "08006", "08003", "08004", "57P01", "57P03":
                        return ProblemType.SERVICE_UNAVAILABLE;
                    default:
                        break;
                }
            }
            if (name.equals("JDBCConnectionException") || name.equals("AcquisitionTimeoutException")) {
                return ProblemType.SERVICE_UNAVAILABLE;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    public static String detailFor(ProblemType type) {
        return switch (type) {
            case PRECONDITION_FAILED -> "The resource was changed by someone else; fetch it again and retry with its new ETag";
            case CONFLICT -> "The request conflicts with the current state of the resource";
            case UNPROCESSABLE -> "The request breaks a rule of the stored data";
            case SERVICE_UNAVAILABLE -> "A backing service is unavailable; retry later";
            default -> type.title();
        };
    }
}
