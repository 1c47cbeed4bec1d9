package org.supportplan.adapter.persistence.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many of each kind an export has written or an import has stored so far (the trail is counted by {@link ChainCheck}). */
final class Tally {

    long plans;
    long planVersions;
    long reviews;
    long reviewRequests;
    long agreedIntervals;
    long accounts;
    long transactionImports;
    long transactions;
    long auditReports;

    TransferSummary summary(ChainCheck chain) {
        return new TransferSummary(plans, planVersions, reviews, reviewRequests, agreedIntervals, accounts, transactionImports,
                transactions, auditReports, chain.entries(), chain.result());
    }

    ExportLines.End end(long auditEntries) {
        return new ExportLines.End(ExportLines.END, plans, planVersions, reviews, reviewRequests, agreedIntervals, accounts,
                transactionImports, transactions, auditReports, auditEntries);
    }

    /** Every count by the name {@code Store.info()} and the end line give it, the trail's included. */
    Map<String, Long> byName(long auditEntries) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("plans", plans);
        counts.put("planVersions", planVersions);
        counts.put("reviews", reviews);
        counts.put("reviewRequests", reviewRequests);
        counts.put("agreedIntervals", agreedIntervals);
        counts.put("accounts", accounts);
        counts.put("transactionImports", transactionImports);
        counts.put("transactions", transactions);
        counts.put("auditReports", auditReports);
        counts.put("auditEntries", auditEntries);
        return counts;
    }

    /** Such as "3 plans, 2 reviews and 7 audit entries": plans and entries always, the other kinds when there are any. */
    String describe(long auditEntries) {
        List<String> parts = new ArrayList<>();
        byName(auditEntries).forEach((kind, count) -> {
            if (kind.equals("plans") || (count > 0 && !kind.equals("planVersions") && !kind.equals("auditEntries"))) {
                parts.add(count + " " + kind);
            }
        });
        return String.join(", ", parts) + " and " + auditEntries + " audit entries";
    }

    boolean isEmpty(long auditEntries) {
        return byName(auditEntries).values().stream().allMatch(count -> count == 0);
    }
}
