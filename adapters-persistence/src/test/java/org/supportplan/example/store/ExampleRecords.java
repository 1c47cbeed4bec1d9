package org.supportplan.example.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.ReviewRepository;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.Transaction;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewRequest;

/**
 * The example store's reviews and accounts, in maps. Every method holds the store's lock, so each write and
 * its audit entry appear together, as the contract asks.
 */
final class ExampleRecords implements ReviewRepository, AccountRepository {

    private final ExampleStore store;
    private final Map<PlanId, List<Review>> reviews = new HashMap<>();
    private final Map<PlanId, List<ReviewRequest>> requests = new HashMap<>();
    private final Map<PlanId, AgreedInterval> intervals = new HashMap<>();
    private final TreeMap<AccountId, DirectPaymentAccount> accounts = new TreeMap<>();
    private final Map<AccountId, List<Transaction>> transactions = new HashMap<>();
    private final Map<AccountId, List<ImportRecord>> imports = new HashMap<>();
    private final Map<ReportId, StoredReport> reports = new LinkedHashMap<>();

    ExampleRecords(ExampleStore store) {
        this.store = store;
    }

    // ReviewRepository

    @Override
    public PlanRepository.Update record(Review review, Revision basedOn, List<SupportPlan> versions, AuditEvent event) {
        synchronized (store) {
            if (reviews.values().stream().flatMap(List::stream).anyMatch(r -> r.id().equals(review.id()))) {
                throw new IllegalStateException("review " + review.id() + " is recorded already; nothing was written");
            }
            PlanRepository.Update update = versions.isEmpty() ? store.advance(review.plan(), basedOn, event)
                    : store.update(review.plan(), basedOn, versions, event);
            if (update instanceof PlanRepository.Update.Written) {
                reviews.computeIfAbsent(review.plan(), id -> new ArrayList<>()).add(review);
            }
            return update;
        }
    }

    @Override
    public void request(PlanId plan, ReviewRequest request, AuditEvent event) {
        synchronized (store) {
            store.requirePlan(plan);
            requests.computeIfAbsent(plan, id -> new ArrayList<>()).add(request);
            store.append(event);
        }
    }

    @Override
    public void agree(PlanId plan, AgreedInterval interval, AuditEvent event) {
        synchronized (store) {
            store.requirePlan(plan);
            intervals.put(plan, interval);
            store.append(event);
        }
    }

    @Override
    public void restore(Review review) {
        synchronized (store) {
            store.requirePlan(review.plan());
            if (reviews.values().stream().flatMap(List::stream).anyMatch(r -> r.id().equals(review.id()))) {
                throw new IllegalStateException("review " + review.id() + " exists; nothing was written");
            }
            reviews.computeIfAbsent(review.plan(), id -> new ArrayList<>()).add(review);
        }
    }

    @Override
    public void restore(PlanId plan, ReviewRequest request) {
        synchronized (store) {
            store.requirePlan(plan);
            requests.computeIfAbsent(plan, id -> new ArrayList<>()).add(request);
        }
    }

    @Override
    public void restore(PlanId plan, AgreedInterval interval) {
        synchronized (store) {
            store.requirePlan(plan);
            if (intervals.putIfAbsent(plan, interval) != null) {
                throw new IllegalStateException("plan " + plan + " has an agreed interval; nothing was written");
            }
        }
    }

    @Override
    public List<Review> reviews(PlanId plan) {
        synchronized (store) {
            return List.copyOf(reviews.getOrDefault(plan, List.of()));
        }
    }

    @Override
    public List<ReviewRequest> requests(PlanId plan) {
        synchronized (store) {
            return List.copyOf(requests.getOrDefault(plan, List.of()));
        }
    }

    @Override
    public Optional<AgreedInterval> agreedInterval(PlanId plan) {
        synchronized (store) {
            return Optional.ofNullable(intervals.get(plan));
        }
    }

    @Override
    public List<ReviewCase> casesOf(CouncilId council, Optional<PlanId> after, int limit) {
        synchronized (store) {
            List<ReviewCase> cases = new ArrayList<>();
            for (PlanId id : store.ids(after, Integer.MAX_VALUE)) {
                Optional<SupportPlan> inForce = store.history(id).stream().filter(v -> v.council().equals(council))
                        .filter(v -> v.signOff().isPresent() && v.status() != PlanStatus.REPLACED).reduce((a, b) -> b);
                if (cases.size() < limit && inForce.isPresent()) {
                    Optional<LocalDate> first = ofPlan(id).stream().map(DirectPaymentAccount::firstPaymentDate)
                            .flatMap(Optional::stream).min(Comparator.naturalOrder());
                    cases.add(new ReviewCase(inForce.get(), first, reviews(id), agreedInterval(id), requests(id)));
                }
            }
            return cases;
        }
    }

    // AccountRepository

    @Override
    public void open(DirectPaymentAccount account, AuditEvent event) {
        synchronized (store) {
            store.requirePlan(account.plan());
            if (accounts.putIfAbsent(account.id(), account) != null) {
                throw new IllegalStateException("account " + account.id() + " exists; nothing was written");
            }
            store.append(event);
        }
    }

    @Override
    public void update(DirectPaymentAccount account, AuditEvent event) {
        synchronized (store) {
            if (accounts.replace(account.id(), account) == null) {
                throw new IllegalStateException("there is no account " + account.id() + "; nothing was written");
            }
            store.append(event);
        }
    }

    @Override
    public void restore(DirectPaymentAccount account) {
        synchronized (store) {
            store.requirePlan(account.plan());
            if (accounts.putIfAbsent(account.id(), account) != null) {
                throw new IllegalStateException("account " + account.id() + " exists; nothing was written");
            }
        }
    }

    @Override
    public Optional<DirectPaymentAccount> find(AccountId id) {
        synchronized (store) {
            return Optional.ofNullable(accounts.get(id));
        }
    }

    @Override
    public List<DirectPaymentAccount> ofPlan(PlanId plan) {
        synchronized (store) {
            return accounts.values().stream().filter(a -> a.plan().equals(plan)).toList();
        }
    }

    @Override
    public TransactionImport startImport(AccountId account, String fileSha256, Instant at, AuditEvent event) {
        synchronized (store) {
            requireNewFile(account, fileSha256);
        }
        List<Transaction> pending = new ArrayList<>();
        return new TransactionImport() {
            @Override
            public void add(Transaction transaction) {
                pending.add(transaction);
            }

            @Override
            public ImportRecord commit(ImportCounts counts) {
                synchronized (store) {
                    requireNewFile(account, fileSha256);
                    transactions.computeIfAbsent(account, id -> new ArrayList<>()).addAll(pending);
                    ImportRecord record = new ImportRecord(account, fileSha256, at, counts);
                    imports.computeIfAbsent(account, id -> new ArrayList<>()).add(record);
                    store.append(event);
                    return record;
                }
            }

            @Override
            public void close() {
                pending.clear();
            }
        };
    }

    private void requireNewFile(AccountId account, String fileSha256) {
        if (!accounts.containsKey(account)) {
            throw new IllegalStateException("there is no account " + account + "; nothing was imported");
        }
        if (imports(account).stream().anyMatch(r -> r.fileSha256().equals(fileSha256))) {
            throw new IllegalStateException("file " + fileSha256 + " was imported into " + account + " before");
        }
    }

    @Override
    public void restore(ImportRecord record) {
        synchronized (store) {
            requireNewFile(record.account(), record.fileSha256());
            imports.computeIfAbsent(record.account(), id -> new ArrayList<>()).add(record);
        }
    }

    @Override
    public TransactionRestore restoreTransactions(AccountId account) {
        synchronized (store) {
            requireImported(account);
        }
        List<Transaction> pending = new ArrayList<>();
        return new TransactionRestore() {
            @Override
            public void add(Transaction transaction) {
                pending.add(transaction);
            }

            @Override
            public long commit() {
                synchronized (store) {
                    requireImported(account);
                    transactions.computeIfAbsent(account, id -> new ArrayList<>()).addAll(pending);
                    return pending.size();
                }
            }

            @Override
            public void close() {
                pending.clear();
            }
        };
    }

    private void requireImported(AccountId account) {
        if (imports(account).isEmpty()) {
            throw new IllegalStateException("account " + account + " has no import to restore transactions under");
        }
    }

    @Override
    public List<ImportRecord> imports(AccountId account) {
        synchronized (store) {
            return List.copyOf(imports.getOrDefault(account, List.of()));
        }
    }

    @Override
    public void transactions(AccountId account, LocalDate from, LocalDate to, Consumer<Transaction> each) {
        List<Transaction> all;
        synchronized (store) {
            all = List.copyOf(transactions.getOrDefault(account, List.of()));
        }
        all.stream().filter(t -> !t.date().isBefore(from) && !t.date().isAfter(to))
                .sorted(Comparator.comparing(Transaction::date)).forEach(each);
    }

    @Override
    public Money balanceBefore(AccountId account, LocalDate date) {
        synchronized (store) {
            return transactions.getOrDefault(account, List.of()).stream().filter(t -> t.date().isBefore(date))
                    .map(Transaction::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    @Override
    public ReportId saveReport(AuditReport report, Instant at, AuditEvent event) {
        synchronized (store) {
            ReportId id = ReportId.random();
            reports.put(id, new StoredReport(id, at, report));
            store.append(event);
            return id;
        }
    }

    @Override
    public void restore(StoredReport report) {
        synchronized (store) {
            if (!accounts.containsKey(report.report().account())) {
                throw new IllegalStateException("there is no account " + report.report().account() + "; nothing was written");
            }
            if (reports.putIfAbsent(report.id(), report) != null) {
                throw new IllegalStateException("audit report " + report.id() + " exists; nothing was written");
            }
        }
    }

    @Override
    public Optional<StoredReport> report(ReportId id) {
        synchronized (store) {
            return Optional.ofNullable(reports.get(id));
        }
    }

    @Override
    public List<StoredReport> reports(AccountId account) {
        synchronized (store) {
            return reports.values().stream().filter(r -> r.report().account().equals(account)).toList();
        }
    }
}
