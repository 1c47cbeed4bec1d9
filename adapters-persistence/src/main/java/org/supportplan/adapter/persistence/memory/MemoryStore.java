package org.supportplan.adapter.persistence.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.supportplan.adapter.persistence.PlanStorageRules;
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
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewRequest;

/**
 * A store held in maps; nothing survives {@link #close()} or the end of the process. Plans are
 * immutable, so keeping the stored instances is as good as keeping copies. One read-write lock makes
 * every write (versions, revision and audit entry together) appear to readers all at once. Plans are kept
 * in id order, which is the order {@link PlanRepository#ids} pages through.
 */
final class MemoryStore implements Store {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<String, Plan> plans = new TreeMap<>();
    private final List<AuditEntry> trail = new ArrayList<>();
    private final Plans repository = new Plans();
    private final Trail auditTrail = new Trail();
    private final Map<PlanId, List<Review>> reviewsByPlan = new HashMap<>();
    private final Map<PlanId, List<ReviewRequest>> requestsByPlan = new HashMap<>();
    private final Map<PlanId, AgreedInterval> agreedByPlan = new HashMap<>();
    private final TreeMap<AccountId, DirectPaymentAccount> accountsById = new TreeMap<>();
    private final Map<AccountId, List<Transaction>> transactionsByAccount = new HashMap<>();
    private final Map<AccountId, List<AccountRepository.ImportRecord>> importsByAccount = new HashMap<>();
    private final Map<AccountRepository.ReportId, AccountRepository.StoredReport> reportsById = new LinkedHashMap<>();
    private final Reviews reviews = new Reviews();
    private final Accounts accounts = new Accounts();
    private boolean closed;

    @Override
    public PlanRepository plans() {
        return repository;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
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
        return "memory (nothing is kept after the process ends)";
    }

    @Override
    public Map<String, String> info() {
        return reading(() -> {
            Map<String, String> info = new LinkedHashMap<>();
            info.put("plans", Integer.toString(plans.size()));
            info.put("planVersions", Integer.toString(plans.values().stream().mapToInt(p -> p.versions().size()).sum()));
            info.put("auditEntries", Integer.toString(trail.size()));
            info.put("reviews", Integer.toString(reviewsByPlan.values().stream().mapToInt(List::size).sum()));
            info.put("accounts", Integer.toString(accountsById.size()));
            info.put("transactions", Integer.toString(transactionsByAccount.values().stream().mapToInt(List::size).sum()));
            info.put("auditReports", Integer.toString(reportsById.size()));
            return Collections.unmodifiableMap(info);
        });
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
            plans.clear();
            trail.clear();
            reviewsByPlan.clear();
            requestsByPlan.clear();
            agreedByPlan.clear();
            accountsById.clear();
            transactionsByAccount.clear();
            importsByAccount.clear();
            reportsById.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T reading(Supplier<T> read) {
        lock.readLock().lock();
        try {
            requireOpen();
            return read.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T writing(Supplier<T> write) {
        lock.writeLock().lock();
        try {
            requireOpen();
            return write.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Called with a lock held. */
    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the memory store is closed");
        }
    }

    /** Called with the write lock held. */
    private AuditEntry append(AuditEvent event) {
        AuditEntry entry = trail.isEmpty() ? AuditEntry.first(event) : trail.get(trail.size() - 1).next(event);
        trail.add(entry);
        return entry;
    }

    /** One plan: whose it is (the same for every version), its revision and its versions by number. */
    private static final class Plan {
        private final PersonId person;
        private final CouncilId council;
        private final TreeMap<Integer, SupportPlan> versions = new TreeMap<>();
        private Revision revision;

        Plan(SupportPlan first, Revision revision) {
            this.person = first.person();
            this.council = first.council();
            this.revision = revision;
        }

        TreeMap<Integer, SupportPlan> versions() {
            return versions;
        }

        void requireOwnerOf(List<SupportPlan> written) {
            for (SupportPlan plan : written) {
                PlanStorageRules.requireSameOwner(plan.id(), plan.version(), plan.person(), plan.council(), person, council);
            }
        }

        void put(List<SupportPlan> written) {
            written.forEach(plan -> versions.put(plan.version(), plan));
        }
    }

    private final class Plans implements PlanRepository {

        @Override
        public void create(SupportPlan plan, AuditEvent event) {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(event, "event");
            PlanStorageRules.requireStorableText(plan);
            writing(() -> {
                if (plans.containsKey(plan.id().toString())) {
                    throw new IllegalStateException("plan " + plan.id() + " exists, so it cannot be created again; nothing was written");
                }
                Plan created = new Plan(plan, Revision.FIRST);
                created.put(List.of(plan));
                plans.put(plan.id().toString(), created);
                return append(event);
            });
        }

        @Override
        public Update update(PlanId id, Revision basedOn, List<SupportPlan> versions, AuditEvent event) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(basedOn, "basedOn");
            Objects.requireNonNull(event, "event");
            List<SupportPlan> checked = checked(id, versions);
            return writing(() -> {
                Plan plan = plans.get(id.toString());
                if (plan == null) {
                    return new Update.Missing();
                }
                if (!plan.revision.equals(basedOn)) {
                    return new Update.Stale(plan.revision);
                }
                plan.requireOwnerOf(checked);
                plan.put(checked);
                plan.revision = plan.revision.next();
                append(event);
                return new Update.Written(plan.revision);
            });
        }

        @Override
        public Optional<StoredPlan> findById(PlanId id) {
            Objects.requireNonNull(id, "id");
            return reading(() -> Optional.ofNullable(plans.get(id.toString()))
                    .map(plan -> new StoredPlan(plan.versions().lastEntry().getValue(), plan.revision)));
        }

        @Override
        public Optional<SupportPlan> findVersion(PlanId id, int version) {
            Objects.requireNonNull(id, "id");
            return reading(() -> Optional.ofNullable(plans.get(id.toString())).map(plan -> plan.versions().get(version)));
        }

        @Override
        public List<SupportPlan> history(PlanId id) {
            Objects.requireNonNull(id, "id");
            return reading(() -> Optional.ofNullable(plans.get(id.toString()))
                    .map(plan -> List.copyOf(plan.versions().values())).orElse(List.of()));
        }

        @Override
        public List<PlanId> ids(Optional<PlanId> after, int limit) {
            Objects.requireNonNull(after, "after");
            if (limit < 0) {
                throw new IllegalArgumentException("a page of plan ids holds 0 or more ids, not " + limit);
            }
            return reading(() -> (after.isEmpty() ? plans : plans.tailMap(after.get().toString(), false)).keySet().stream()
                    .limit(limit).map(PlanId::parse).toList());
        }

        @Override
        public void restore(List<SupportPlan> history, Revision revision) {
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(revision, "revision");
            if (history.isEmpty()) {
                throw new IllegalArgumentException("a plan's history holds at least one version; nothing was written");
            }
            PlanId id = Objects.requireNonNull(history.get(0), "history[0]").id();
            List<SupportPlan> checked = checked(id, history);
            Plan restored = new Plan(checked.get(0), revision);
            restored.requireOwnerOf(checked);
            writing(() -> {
                if (plans.containsKey(id.toString())) {
                    throw new IllegalStateException("plan " + id + " exists, so its history cannot be restored; nothing was written");
                }
                restored.put(checked);
                return plans.put(id.toString(), restored);
            });
        }

        List<SupportPlan> checked(PlanId id, List<SupportPlan> versions) {
            Objects.requireNonNull(versions, "versions");
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("a write of plan " + id + " stores at least one version; nothing was written");
            }
            for (int i = 0; i < versions.size(); i++) {
                SupportPlan plan = Objects.requireNonNull(versions.get(i), "versions[" + i + "]");
                PlanStorageRules.requireSamePlan(id, plan, i);
                PlanStorageRules.requireStorableText(plan);
            }
            return List.copyOf(versions);
        }
    }

    private final class Trail implements AuditTrail {

        @Override
        public AuditEntry append(AuditEvent event) {
            Objects.requireNonNull(event, "event");
            return writing(() -> MemoryStore.this.append(event));
        }

        @Override
        public List<AuditEntry> entries(long from, int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("a page of audit entries holds 0 or more entries, not " + limit);
            }
            return reading(() -> {
                // Entry n is at index n - 1: the trail has no gaps.
                int start = (int) Math.min(Math.max(from, 1) - 1, trail.size());
                return List.copyOf(trail.subList(start, (int) Math.min((long) start + limit, trail.size())));
            });
        }

        @Override
        public void restore(AuditEntry entry) {
            Objects.requireNonNull(entry, "entry");
            writing(() -> {
                AuditEntry last = trail.isEmpty() ? null : trail.get(trail.size() - 1);
                long next = last == null ? 1 : last.sequence() + 1;
                String previous = last == null ? AuditEntry.GENESIS : last.hash();
                if (entry.sequence() != next || !entry.previousHash().equals(previous)) {
                    throw new IllegalStateException("audit entry " + entry.sequence() + " does not follow the last entry of the trail ("
                            + (last == null ? "the trail is empty" : "entry " + last.sequence())
                            + "): an entry is restored only after the one before it, with that entry's hash. Nothing was written");
                }
                return trail.add(entry);
            });
        }
    }

    private final class Reviews implements ReviewRepository {

        @Override
        public PlanRepository.Update record(Review review, Revision basedOn, List<SupportPlan> versions, AuditEvent event) {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(basedOn, "basedOn");
            Objects.requireNonNull(versions, "versions");
            Objects.requireNonNull(event, "event");
            List<SupportPlan> checked = versions.isEmpty() ? List.of() : repository.checked(review.plan(), versions);
            return writing(() -> {
                if (reviewsByPlan.getOrDefault(review.plan(), List.of()).stream().anyMatch(r -> r.id().equals(review.id()))) {
                    throw new IllegalStateException("review " + review.id() + " is recorded already; nothing was written");
                }
                Plan plan = plans.get(review.plan().toString());
                if (plan == null) {
                    return new PlanRepository.Update.Missing();
                }
                if (!plan.revision.equals(basedOn)) {
                    return new PlanRepository.Update.Stale(plan.revision);
                }
                plan.requireOwnerOf(checked);
                plan.put(checked);
                plan.revision = plan.revision.next();
                reviewsByPlan.computeIfAbsent(review.plan(), id -> new ArrayList<>()).add(review);
                append(event);
                return new PlanRepository.Update.Written(plan.revision);
            });
        }

        @Override
        public void request(PlanId plan, ReviewRequest request, AuditEvent event) {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(event, "event");
            writing(() -> {
                requireExists(plan);
                requestsByPlan.computeIfAbsent(plan, id -> new ArrayList<>()).add(request);
                return append(event);
            });
        }

        @Override
        public void agree(PlanId plan, AgreedInterval interval, AuditEvent event) {
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(event, "event");
            writing(() -> {
                requireExists(plan);
                agreedByPlan.put(plan, interval);
                return append(event);
            });
        }

        @Override
        public void restore(Review review) {
            Objects.requireNonNull(review, "review");
            writing(() -> {
                requireExists(review.plan());
                if (reviewsByPlan.values().stream().flatMap(List::stream).anyMatch(r -> r.id().equals(review.id()))) {
                    throw new IllegalStateException("review " + review.id() + " exists, so it cannot be restored; nothing was written");
                }
                return reviewsByPlan.computeIfAbsent(review.plan(), id -> new ArrayList<>()).add(review);
            });
        }

        @Override
        public void restore(PlanId plan, ReviewRequest request) {
            Objects.requireNonNull(request, "request");
            writing(() -> {
                requireExists(plan);
                return requestsByPlan.computeIfAbsent(plan, id -> new ArrayList<>()).add(request);
            });
        }

        @Override
        public void restore(PlanId plan, AgreedInterval interval) {
            Objects.requireNonNull(interval, "interval");
            writing(() -> {
                requireExists(plan);
                if (agreedByPlan.containsKey(plan)) {
                    throw new IllegalStateException("plan " + plan + " has an agreed review interval, so another cannot be restored; "
                            + "nothing was written");
                }
                return agreedByPlan.put(plan, interval);
            });
        }

        @Override
        public List<Review> reviews(PlanId plan) {
            return reading(() -> List.copyOf(reviewsByPlan.getOrDefault(plan, List.of())));
        }

        @Override
        public List<ReviewRequest> requests(PlanId plan) {
            return reading(() -> List.copyOf(requestsByPlan.getOrDefault(plan, List.of())));
        }

        @Override
        public Optional<AgreedInterval> agreedInterval(PlanId plan) {
            return reading(() -> Optional.ofNullable(agreedByPlan.get(plan)));
        }

        @Override
        public List<ReviewCase> casesOf(CouncilId council, Optional<PlanId> after, int limit) {
            Objects.requireNonNull(council, "council");
            Objects.requireNonNull(after, "after");
            if (limit < 0) {
                throw new IllegalArgumentException("a page of review cases holds 0 or more cases, not " + limit);
            }
            return reading(() -> {
                List<ReviewCase> cases = new ArrayList<>();
                for (Plan plan : (after.isEmpty() ? plans : plans.tailMap(after.get().toString(), false)).values()) {
                    if (cases.size() == limit) {
                        break;
                    }
                    if (!plan.council.equals(council)) {
                        continue;
                    }
                    Optional<SupportPlan> inForce = plan.versions().descendingMap().values().stream()
                            .filter(MemoryStore::inForce).findFirst();
                    if (inForce.isPresent()) {
                        PlanId id = inForce.get().id();
                        Optional<LocalDate> first = accountsById.values().stream().filter(a -> a.plan().equals(id))
                                .map(DirectPaymentAccount::firstPaymentDate).flatMap(Optional::stream).min(Comparator.naturalOrder());
                        cases.add(new ReviewCase(inForce.get(), first, reviewsByPlan.getOrDefault(id, List.of()),
                                Optional.ofNullable(agreedByPlan.get(id)), requestsByPlan.getOrDefault(id, List.of())));
                    }
                }
                return cases;
            });
        }
    }

    /** A version in force: signed off and not replaced by a later one (agreed, active, under review or ended). */
    static boolean inForce(SupportPlan version) {
        return version.signOff().isPresent() && version.status() != PlanStatus.REPLACED;
    }

    /** Called with the write lock held. */
    private void requireExists(PlanId plan) {
        Objects.requireNonNull(plan, "plan");
        if (!plans.containsKey(plan.toString())) {
            throw new IllegalStateException("there is no plan " + plan + "; nothing was written");
        }
    }

    private final class Accounts implements AccountRepository {

        @Override
        public void open(DirectPaymentAccount account, AuditEvent event) {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(event, "event");
            writing(() -> {
                requireExists(account.plan());
                if (accountsById.containsKey(account.id())) {
                    throw new IllegalStateException("account " + account.id() + " exists, so it cannot be opened again; nothing was written");
                }
                accountsById.put(account.id(), account);
                return append(event);
            });
        }

        @Override
        public void update(DirectPaymentAccount account, AuditEvent event) {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(event, "event");
            writing(() -> {
                DirectPaymentAccount stored = accountsById.get(account.id());
                if (stored == null) {
                    throw new IllegalStateException("there is no account " + account.id() + "; nothing was written");
                }
                if (!stored.plan().equals(account.plan())) {
                    throw new IllegalArgumentException("account " + account.id() + " belongs to plan " + stored.plan()
                            + " and cannot move to another; nothing was written");
                }
                accountsById.put(account.id(), account);
                return append(event);
            });
        }

        @Override
        public void restore(DirectPaymentAccount account) {
            Objects.requireNonNull(account, "account");
            writing(() -> {
                requireExists(account.plan());
                if (accountsById.containsKey(account.id())) {
                    throw new IllegalStateException("account " + account.id() + " exists, so it cannot be restored; nothing was written");
                }
                return accountsById.put(account.id(), account);
            });
        }

        @Override
        public void restore(ImportRecord record) {
            Objects.requireNonNull(record, "record");
            writing(() -> {
                requireNewFile(record.account(), record.fileSha256());
                return importsByAccount.computeIfAbsent(record.account(), id -> new ArrayList<>()).add(record);
            });
        }

        @Override
        public TransactionRestore restoreTransactions(AccountId account) {
            Objects.requireNonNull(account, "account");
            reading(() -> requireImported(account));
            List<Transaction> pending = new ArrayList<>();
            return new TransactionRestore() {
                private boolean done;

                @Override
                public void add(Transaction transaction) {
                    requireOpenRestore();
                    pending.add(Objects.requireNonNull(transaction, "transaction"));
                }

                @Override
                public long commit() {
                    requireOpenRestore();
                    done = true;
                    return writing(() -> {
                        requireImported(account);
                        transactionsByAccount.computeIfAbsent(account, id -> new ArrayList<>()).addAll(pending);
                        return (long) pending.size();
                    });
                }

                @Override
                public void close() {
                    done = true;
                    pending.clear();
                }

                private void requireOpenRestore() {
                    if (done) {
                        throw new IllegalStateException("this restore of account " + account + "'s transactions is finished");
                    }
                }
            };
        }

        /** Called with a lock held. */
        private Object requireImported(AccountId account) {
            if (!accountsById.containsKey(account)) {
                throw new IllegalStateException("there is no account " + account + "; nothing was restored");
            }
            if (importsByAccount.getOrDefault(account, List.of()).isEmpty()) {
                throw new IllegalStateException("account " + account + " has no import, and every transaction came from one: "
                        + "restore its imports first; nothing was restored");
            }
            return account;
        }

        @Override
        public void restore(StoredReport report) {
            Objects.requireNonNull(report, "report");
            writing(() -> {
                if (!accountsById.containsKey(report.report().account())) {
                    throw new IllegalStateException("there is no account " + report.report().account() + "; nothing was written");
                }
                if (reportsById.containsKey(report.id())) {
                    throw new IllegalStateException("audit report " + report.id() + " exists, so it cannot be restored; nothing was written");
                }
                return reportsById.put(report.id(), report);
            });
        }

        @Override
        public Optional<DirectPaymentAccount> find(AccountId id) {
            Objects.requireNonNull(id, "id");
            return reading(() -> Optional.ofNullable(accountsById.get(id)));
        }

        @Override
        public List<DirectPaymentAccount> ofPlan(PlanId plan) {
            Objects.requireNonNull(plan, "plan");
            return reading(() -> accountsById.values().stream().filter(a -> a.plan().equals(plan)).toList());
        }

        @Override
        public TransactionImport startImport(AccountId account, String fileSha256, Instant at, AuditEvent event) {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(fileSha256, "fileSha256");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(event, "event");
            reading(() -> requireNewFile(account, fileSha256));
            List<Transaction> pending = new ArrayList<>();
            return new TransactionImport() {
                private boolean done;

                @Override
                public void add(Transaction transaction) {
                    requireOpenImport();
                    pending.add(Objects.requireNonNull(transaction, "transaction"));
                }

                @Override
                public ImportRecord commit(ImportCounts counts) {
                    Objects.requireNonNull(counts, "counts");
                    requireOpenImport();
                    done = true;
                    return writing(() -> {
                        requireNewFile(account, fileSha256);
                        transactionsByAccount.computeIfAbsent(account, id -> new ArrayList<>()).addAll(pending);
                        ImportRecord record = new ImportRecord(account, fileSha256, at, counts);
                        importsByAccount.computeIfAbsent(account, id -> new ArrayList<>()).add(record);
                        append(event);
                        return record;
                    });
                }

                @Override
                public void close() {
                    done = true;
                    pending.clear();
                }

                private void requireOpenImport() {
                    if (done) {
                        throw new IllegalStateException("this import of a file into account " + account + " is finished");
                    }
                }
            };
        }

        /** Called with a lock held. */
        private Object requireNewFile(AccountId account, String fileSha256) {
            if (!accountsById.containsKey(account)) {
                throw new IllegalStateException("there is no account " + account + "; nothing was imported");
            }
            if (importsByAccount.getOrDefault(account, List.of()).stream().anyMatch(r -> r.fileSha256().equals(fileSha256))) {
                throw new IllegalStateException("the file with SHA-256 " + fileSha256 + " was imported into account " + account
                        + " before; nothing was imported");
            }
            return account;
        }

        @Override
        public List<ImportRecord> imports(AccountId account) {
            Objects.requireNonNull(account, "account");
            return reading(() -> List.copyOf(importsByAccount.getOrDefault(account, List.of())));
        }

        @Override
        public void transactions(AccountId account, LocalDate from, LocalDate to, Consumer<Transaction> each) {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(each, "each");
            // The lists only grow and their elements are immutable, so a snapshot is handed out after the lock is released.
            List<Transaction> all = reading(() -> List.copyOf(transactionsByAccount.getOrDefault(account, List.of())));
            all.stream().filter(t -> !t.date().isBefore(from) && !t.date().isAfter(to)).sorted(STORED_ORDER).forEach(each);
        }

        @Override
        public Money balanceBefore(AccountId account, LocalDate date) {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(date, "date");
            return reading(() -> transactionsByAccount.getOrDefault(account, List.of()).stream().filter(t -> t.date().isBefore(date))
                    .map(Transaction::amount).reduce(Money.ZERO, Money::plus));
        }

        @Override
        public ReportId saveReport(AuditReport report, Instant at, AuditEvent event) {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(event, "event");
            return writing(() -> {
                if (!accountsById.containsKey(report.account())) {
                    throw new IllegalStateException("there is no account " + report.account() + "; nothing was written");
                }
                ReportId id = ReportId.random();
                reportsById.put(id, new StoredReport(id, at, report));
                append(event);
                return id;
            });
        }

        @Override
        public Optional<StoredReport> report(ReportId id) {
            Objects.requireNonNull(id, "id");
            return reading(() -> Optional.ofNullable(reportsById.get(id)));
        }

        @Override
        public List<StoredReport> reports(AccountId account) {
            Objects.requireNonNull(account, "account");
            return reading(() -> reportsById.values().stream().filter(r -> r.report().account().equals(account)).toList());
        }
    }

    /** The order every store hands transactions out in: by date, then by the order they were imported in. */
    private static final Comparator<Transaction> STORED_ORDER = Comparator.comparing(Transaction::date);
}
