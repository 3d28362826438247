package io.lightningops.k8scheck.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one verification: per Deployment its availability and endpoints, the gateway's answer,
 * and the problems that are not tied to one Deployment (none found, no gateway).
 */
public record Verdict(String namespace, List<WorkloadStatus> workloads, GatewayStatus gateway,
        List<String> generalProblems) {

    public boolean ok() {
        return problems().isEmpty();
    }

    /** Every problem, each prefixed with what it is about. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(generalProblems);
        workloads.forEach(w -> w.problems().forEach(p -> all.add(w.name() + ": " + p)));
        if (gateway != null && !gateway.ok()) {
            all.add("gateway health: " + gateway.problem());
        }
        return all;
    }

    /** The report an admin reads: a table, the problems, and a last line that says yes or no. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append("namespace: ").append(namespace).append('\n');
        String format = "%-20s %-9s %-22s %-16s %s%n";
        out.append(String.format(format, "DEPLOYMENT", "AVAILABLE", "SERVICE", "ENDPOINTS", "STATUS"));
        for (WorkloadStatus w : workloads) {
            String endpoints = w.ready() + " ready" + (w.notReady() > 0 ? ", " + w.notReady() + " not" : "");
            out.append(String.format(format, w.name(), w.available() + "/" + w.desired(),
                    w.services().isEmpty() ? "-" : String.join(",", w.services()), endpoints,
                    w.ok() ? "ok" : "FAIL"));
        }
        if (gateway != null) {
            out.append(String.format("%-20s GET %s -> %s  %s%n", "gateway health", gateway.url(),
                    gateway.status() == 0 ? "no answer" : gateway.status(), gateway.ok() ? "ok" : "FAIL"));
        }
        List<String> problems = problems();
        if (problems.isEmpty()) {
            out.append("OK: every Deployment is available, every Service has ready endpoints, the gateway is ready\n");
        } else {
            out.append("NOT OK: ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                    .append('\n');
            problems.forEach(p -> out.append("  - ").append(p).append('\n'));
        }
        return out.toString();
    }
}
