package org.supportplan.application.testdata;

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

import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.ReviewRepository;
import org.supportplan.application.port.out.Store;
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
 * A plain, synchronised map-backed store for the tests of the application and the web adapter, with the
 * port's semantics (revision compare-and-set, the audit event appended with the write). The real stores
 * are proved by the persistence adapter's contract suite. Counts writes so tests can show nothing was written.
 */
public final class InMemoryStore implements Store {

    private final Map<PlanId, TreeMap<Integer, SupportPlan>> versions = new HashMap<>();
    private final Map<PlanId, Revision> revisions = new HashMap<>();
    private final List<AuditEntry> entries = new ArrayList<>();
    private final Plans plans = new Plans();
    private final Trail trail = new Trail();
    private final Map<PlanId, List<Review>> reviewsByPlan = new HashMap<>();
    private final Map<PlanId, List<ReviewRequest>> requestsByPlan = new HashMap<>();
    private final Map<PlanId, AgreedInterval> agreedByPlan = new HashMap<>();
    private final Map<AccountId, DirectPaymentAccount> accountsById = new TreeMap<>(Comparator.comparing(AccountId::toString));
    private final Map<AccountId, List<Transaction>> transactionsByAccount = new HashMap<>();
    private final Map<AccountId, List<AccountRepository.ImportRecord>> importsByAccount = new HashMap<>();
    private final Map<AccountRepository.ReportId, AccountRepository.StoredReport> reportsById = new LinkedHashMap<>();
    private final Reviews reviews = new Reviews();
    private final Accounts accounts = new Accounts();
    private int writes;

    @Override
    public PlanRepository plans() {
        return plans;
    }

    @Override
    public AuditTrail auditTrail() {
        return trail;
    }

    @Override
    public ReviewRepository reviews() {
        return reviews;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public String description() {
        return "test store in memory";
    }

    @Override
    public Map<String, String> info() {
        synchronized (this) {
            return Map.of("plans", Integer.toString(versions.size()), "auditEntries", Integer.toString(entries.size()));
        }
    }

    @Override
    public void close() {
    }

    /** How many writes of plans have been made (creates and updates that were written). */
    public synchronized int writes() {
        return writes;
    }

    /** Every audit entry, oldest first. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** Stores a plan version directly at the next revision, with no audit event (to arrange a test). */
    public synchronized void put(SupportPlan plan) {
        versions.computeIfAbsent(plan.id(), id -> new TreeMap<>()).put(plan.version(), plan);
        revisions.merge(plan.id(), Revision.FIRST, (old, ignored) -> old.next());
    }

    private void requirePlan(PlanId plan) {
        if (!versions.containsKey(plan)) {
            throw new IllegalStateException("there is no plan " + plan);
        }
    }

    private void append(AuditEvent event) {
        entries.add(entries.isEmpty() ? AuditEntry.first(event) : entries.get(entries.size() - 1).next(event));
    }

    private final class Plans implements PlanRepository {

        @Override
        public void create(SupportPlan plan, AuditEvent event) {
            synchronized (InMemoryStore.this) {
                if (versions.containsKey(plan.id())) {
                    throw new IllegalStateException("plan " + plan.id() + " exists");
                }
                put(plan);
                append(event);
                writes++;
            }
        }

        @Override
        public Update update(PlanId id, Revision basedOn, List<SupportPlan> changed, AuditEvent event) {
            synchronized (InMemoryStore.this) {
                Revision current = revisions.get(id);
                if (current == null) {
                    return new Update.Missing();
                }
                if (!current.equals(basedOn)) {
                    return new Update.Stale(current);
                }
                changed.forEach(plan -> versions.get(id).put(plan.version(), plan));
                revisions.put(id, current.next());
                append(event);
                writes++;
                return new Update.Written(current.next());
            }
        }

        @Override
        public Optional<StoredPlan> findById(PlanId id) {
            synchronized (InMemoryStore.this) {
                TreeMap<Integer, SupportPlan> all = versions.get(id);
                return all == null ? Optional.empty() : Optional.of(new StoredPlan(all.lastEntry().getValue(), revisions.get(id)));
            }
        }

        @Override
        public Optional<SupportPlan> findVersion(PlanId id, int version) {
            synchronized (InMemoryStore.this) {
                return Optional.ofNullable(versions.getOrDefault(id, new TreeMap<>()).get(version));
            }
        }

        @Override
        public List<SupportPlan> history(PlanId id) {
            synchronized (InMemoryStore.this) {
                return List.copyOf(versions.getOrDefault(id, new TreeMap<>()).values());
            }
        }

        @Override
        public List<PlanId> ids(Optional<PlanId> after, int limit) {
            synchronized (InMemoryStore.this) {
                return versions.keySet().stream().map(PlanId::toString).sorted()
                        .filter(id -> after.map(a -> id.compareTo(a.toString()) > 0).orElse(true))
                        .limit(limit).map(PlanId::parse).toList();
            }
        }

        @Override
        public void restore(List<SupportPlan> history, Revision revision) {
            synchronized (InMemoryStore.this) {
                PlanId id = history.get(0).id();
                if (versions.containsKey(id)) {
                    throw new IllegalStateException("plan " + id + " exists");
                }
                history.forEach(InMemoryStore.this::put);
                revisions.put(id, revision);
            }
        }
    }

    private final class Trail implements AuditTrail {

        @Override
        public AuditEntry append(AuditEvent event) {
            synchronized (InMemoryStore.this) {
                InMemoryStore.this.append(event);
                return entries.get(entries.size() - 1);
            }
        }

        @Override
        public List<AuditEntry> entries(long from, int limit) {
            synchronized (InMemoryStore.this) {
                return entries.stream().filter(e -> e.sequence() >= from).limit(limit).toList();
            }
        }

        @Override
        public void restore(AuditEntry entry) {
            synchronized (InMemoryStore.this) {
                String previous = entries.isEmpty() ? AuditEntry.GENESIS : entries.get(entries.size() - 1).hash();
                if (entry.sequence() != entries.size() + 1L || !entry.previousHash().equals(previous)) {
                    throw new IllegalStateException("entry " + entry.sequence() + " does not follow the last entry");
                }
                entries.add(entry);
            }
        }
    }

    private final class Reviews implements ReviewRepository {

        @Override
        public PlanRepository.Update record(Review review, Revision basedOn, List<SupportPlan> changed, AuditEvent event) {
            synchronized (InMemoryStore.this) {
                PlanRepository.Update update = plans.update(review.plan(), basedOn, changed, event);
                if (update instanceof PlanRepository.Update.Written) {
                    reviewsByPlan.computeIfAbsent(review.plan(), id -> new ArrayList<>()).add(review);
                }
                return update;
            }
        }

        @Override
        public void request(PlanId plan, ReviewRequest request, AuditEvent event) {
            synchronized (InMemoryStore.this) {
                requestsByPlan.computeIfAbsent(plan, id -> new ArrayList<>()).add(request);
                append(event);
            }
        }

        @Override
        public void agree(PlanId plan, AgreedInterval interval, AuditEvent event) {
            synchronized (InMemoryStore.this) {
                agreedByPlan.put(plan, interval);
                append(event);
            }
        }

        @Override
        public void restore(Review review) {
            synchronized (InMemoryStore.this) {
                requirePlan(review.plan());
                if (reviewsByPlan.values().stream().flatMap(List::stream).anyMatch(r -> r.id().equals(review.id()))) {
                    throw new IllegalStateException("review " + review.id() + " exists");
                }
                reviewsByPlan.computeIfAbsent(review.plan(), id -> new ArrayList<>()).add(review);
            }
        }

        @Override
        public void restore(PlanId plan, ReviewRequest request) {
            synchronized (InMemoryStore.this) {
                requirePlan(plan);
                requestsByPlan.computeIfAbsent(plan, id -> new ArrayList<>()).add(request);
            }
        }

        @Override
        public void restore(PlanId plan, AgreedInterval interval) {
            synchronized (InMemoryStore.this) {
                requirePlan(plan);
                if (agreedByPlan.putIfAbsent(plan, interval) != null) {
                    throw new IllegalStateException("plan " + plan + " has an agreed interval");
                }
            }
        }

        @Override
        public List<Review> reviews(PlanId plan) {
            synchronized (InMemoryStore.this) {
                return List.copyOf(reviewsByPlan.getOrDefault(plan, List.of()));
            }
        }

        @Override
        public List<ReviewRequest> requests(PlanId plan) {
            synchronized (InMemoryStore.this) {
                return List.copyOf(requestsByPlan.getOrDefault(plan, List.of()));
            }
        }

        @Override
        public Optional<AgreedInterval> agreedInterval(PlanId plan) {
            synchronized (InMemoryStore.this) {
                return Optional.ofNullable(agreedByPlan.get(plan));
            }
        }

        @Override
        public List<ReviewCase> casesOf(CouncilId council, Optional<PlanId> after, int limit) {
            synchronized (InMemoryStore.this) {
                List<ReviewCase> cases = new ArrayList<>();
                for (PlanId id : plans.ids(after, Integer.MAX_VALUE)) {
                    if (cases.size() == limit) {
                        break;
                    }
                    List<SupportPlan> history = plans.history(id);
                    Optional<SupportPlan> inForce = history.stream().filter(v -> v.council().equals(council))
                            .filter(v -> v.signOff().isPresent() && v.status() != PlanStatus.REPLACED).reduce((a, b) -> b);
                    if (inForce.isPresent()) {
                        Optional<LocalDate> first = accountsById.values().stream().filter(a -> a.plan().equals(id))
                                .map(DirectPaymentAccount::firstPaymentDate).flatMap(Optional::stream).min(Comparator.naturalOrder());
                        cases.add(new ReviewCase(inForce.get(), first, reviews(id), agreedInterval(id), requests(id)));
                    }
                }
                return cases;
            }
        }
    }

    private final class Accounts implements AccountRepository {

        @Override
        public void open(DirectPaymentAccount account, AuditEvent event) {
            synchronized (InMemoryStore.this) {
                if (accountsById.putIfAbsent(account.id(), account) != null) {
                    throw new IllegalStateException("account " + account.id() + " exists");
                }
                append(event);
            }
        }

        @Override
        public void update(DirectPaymentAccount account, AuditEvent event) {
            synchronized (InMemoryStore.this) {
                accountsById.put(account.id(), account);
                append(event);
            }
        }

        @Override
        public void restore(DirectPaymentAccount account) {
            synchronized (InMemoryStore.this) {
                requirePlan(account.plan());
                if (accountsById.putIfAbsent(account.id(), account) != null) {
                    throw new IllegalStateException("account " + account.id() + " exists");
                }
            }
        }

        @Override
        public void restore(ImportRecord record) {
            synchronized (InMemoryStore.this) {
                requireAccount(record.account());
                if (imports(record.account()).stream().anyMatch(r -> r.fileSha256().equals(record.fileSha256()))) {
                    throw new IllegalStateException("file imported before");
                }
                importsByAccount.computeIfAbsent(record.account(), id -> new ArrayList<>()).add(record);
            }
        }

        @Override
        public TransactionRestore restoreTransactions(AccountId account) {
            synchronized (InMemoryStore.this) {
                requireAccount(account);
                if (imports(account).isEmpty()) {
                    throw new IllegalStateException("account " + account + " has no import");
                }
            }
            List<Transaction> pending = new ArrayList<>();
            return new TransactionRestore() {
                @Override
                public void add(Transaction transaction) {
                    pending.add(transaction);
                }

                @Override
                public long commit() {
                    synchronized (InMemoryStore.this) {
                        transactionsByAccount.computeIfAbsent(account, id -> new ArrayList<>()).addAll(pending);
                        return pending.size();
                    }
                }

                @Override
                public void close() {
                    pending.clear();
                }
            };
        }

        @Override
        public void restore(StoredReport report) {
            synchronized (InMemoryStore.this) {
                requireAccount(report.report().account());
                if (reportsById.putIfAbsent(report.id(), report) != null) {
                    throw new IllegalStateException("report " + report.id() + " exists");
                }
            }
        }

        private void requireAccount(AccountId account) {
            if (!accountsById.containsKey(account)) {
                throw new IllegalStateException("there is no account " + account);
            }
        }

        @Override
        public Optional<DirectPaymentAccount> find(AccountId id) {
            synchronized (InMemoryStore.this) {
                return Optional.ofNullable(accountsById.get(id));
            }
        }

        @Override
        public List<DirectPaymentAccount> ofPlan(PlanId plan) {
            synchronized (InMemoryStore.this) {
                return accountsById.values().stream().filter(a -> a.plan().equals(plan)).toList();
            }
        }

        @Override
        public TransactionImport startImport(AccountId account, String fileSha256, Instant at, AuditEvent event) {
            List<Transaction> pending = new ArrayList<>();
            return new TransactionImport() {
                @Override
                public void add(Transaction transaction) {
                    pending.add(transaction);
                }

                @Override
                public ImportRecord commit(ImportCounts counts) {
                    synchronized (InMemoryStore.this) {
                        if (imports(account).stream().anyMatch(r -> r.fileSha256().equals(fileSha256))) {
                            throw new IllegalStateException("file imported before");
                        }
                        transactionsByAccount.computeIfAbsent(account, id -> new ArrayList<>()).addAll(pending);
                        ImportRecord record = new ImportRecord(account, fileSha256, at, counts);
                        importsByAccount.computeIfAbsent(account, id -> new ArrayList<>()).add(record);
                        append(event);
                        return record;
                    }
                }

                @Override
                public void close() {
                    pending.clear();
                }
            };
        }

        @Override
        public List<ImportRecord> imports(AccountId account) {
            synchronized (InMemoryStore.this) {
                return List.copyOf(importsByAccount.getOrDefault(account, List.of()));
            }
        }

        @Override
        public void transactions(AccountId account, LocalDate from, LocalDate to, Consumer<Transaction> each) {
            List<Transaction> all;
            synchronized (InMemoryStore.this) {
                all = List.copyOf(transactionsByAccount.getOrDefault(account, List.of()));
            }
            all.stream().filter(t -> !t.date().isBefore(from) && !t.date().isAfter(to)).forEach(each);
        }

        @Override
        public Money balanceBefore(AccountId account, LocalDate date) {
            synchronized (InMemoryStore.this) {
                return transactionsByAccount.getOrDefault(account, List.of()).stream().filter(t -> t.date().isBefore(date))
                        .map(Transaction::amount).reduce(Money.ZERO, Money::plus);
            }
        }

        @Override
        public ReportId saveReport(AuditReport report, Instant at, AuditEvent event) {
            synchronized (InMemoryStore.this) {
                ReportId id = ReportId.random();
                reportsById.put(id, new StoredReport(id, at, report));
                append(event);
                return id;
            }
        }

        @Override
        public Optional<StoredReport> report(ReportId id) {
            synchronized (InMemoryStore.this) {
                return Optional.ofNullable(reportsById.get(id));
            }
        }

        @Override
        public List<StoredReport> reports(AccountId account) {
            synchronized (InMemoryStore.this) {
                return reportsById.values().stream().filter(r -> r.report().account().equals(account)).toList();
            }
        }
    }
}
