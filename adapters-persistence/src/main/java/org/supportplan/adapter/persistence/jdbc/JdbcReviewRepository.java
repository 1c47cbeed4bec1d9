package org.supportplan.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.supportplan.adapter.persistence.document.RecordDocuments;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.ReviewRepository;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewRequest;

/**
 * Reviews, review requests and agreed intervals as documents (docs/adr/0015). Recording a review is a plan
 * update: one transaction does the revision's compare-and-set, stores any version the review starts, the
 * review and the audit entry. A caseload page is read in five statements, whatever its size.
 */
final class JdbcReviewRepository implements ReviewRepository {

    private static final String NEXT_REVIEW = "SELECT COALESCE(MAX(position), 0) + 1 FROM review WHERE plan_id = ?";
    private static final String NEXT_REQUEST = "SELECT COALESCE(MAX(position), 0) + 1 FROM review_request WHERE plan_id = ?";

    private final Database database;
    private final JdbcPlanRepository plans;
    private final RecordDocuments documents;

    JdbcReviewRepository(Database database, JdbcPlanRepository plans, RecordDocuments documents) {
        this.database = database;
        this.plans = plans;
        this.documents = documents;
    }

    @Override
    public PlanRepository.Update record(Review review, Revision basedOn, List<SupportPlan> versions, AuditEvent event) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(basedOn, "basedOn");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(event, "event");
        List<PlanVersionRow> batch = versions.isEmpty() ? List.of() : plans.storable(review.plan(), versions);
        String document = documents.write(review);
        return database.write("review " + review.id() + " of plan " + review.plan(), connection -> {
            if (Statements.exists(connection, "SELECT 1 FROM review WHERE review_id = ?", review.id().toString())) {
                throw new IllegalStateException("review " + review.id() + " is recorded already; nothing was written");
            }
            return plans.update(connection, review.plan(), basedOn, batch, event, c -> insertReview(c, review, document));
        });
    }

    @Override
    public void restore(Review review) {
        Objects.requireNonNull(review, "review");
        String document = documents.write(review);
        database.write("review " + review.id() + " of plan " + review.plan(), connection -> {
            Statements.lockPlan(connection, review.plan());
            if (Statements.exists(connection, "SELECT 1 FROM review WHERE review_id = ?", review.id().toString())) {
                throw new IllegalStateException("review " + review.id() + " exists, so it cannot be restored; nothing was written");
            }
            insertReview(connection, review, document);
            return null;
        });
    }

    /** Inserts a review after its plan's others (the plan locked). */
    private static void insertReview(Connection connection, Review review, String document) throws SQLException {
        int position = Statements.intOf(connection, NEXT_REVIEW, review.plan().toString());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO review (review_id, plan_id, position, format, document) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, review.id().toString());
            insert.setString(2, review.plan().toString());
            insert.setInt(3, position);
            insert.setInt(4, RecordDocuments.FORMAT);
            insert.setString(5, document);
            insert.executeUpdate();
        }
    }

    @Override
    public void request(PlanId plan, ReviewRequest request, AuditEvent event) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(event, "event");
        String document = documents.write(request);
        database.write("a review request for plan " + plan, connection -> {
            insertRequest(connection, plan, document);
            return JdbcAuditTrail.append(connection, database.dialect(), event, true);
        });
    }

    @Override
    public void restore(PlanId plan, ReviewRequest request) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(request, "request");
        String document = documents.write(request);
        database.write("a review request for plan " + plan, connection -> {
            insertRequest(connection, plan, document);
            return null;
        });
    }

    /** Locks the plan and inserts a request after its others. */
    private static void insertRequest(Connection connection, PlanId plan, String document) throws SQLException {
        Statements.lockPlan(connection, plan);
        int position = Statements.intOf(connection, NEXT_REQUEST, plan.toString());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO review_request (plan_id, position, format, document) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, plan.toString());
            insert.setInt(2, position);
            insert.setInt(3, RecordDocuments.FORMAT);
            insert.setString(4, document);
            insert.executeUpdate();
        }
    }

    @Override
    public void agree(PlanId plan, AgreedInterval interval, AuditEvent event) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(event, "event");
        String document = documents.write(interval);
        database.write("the review interval agreed for plan " + plan, connection -> {
            Statements.lockPlan(connection, plan);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM agreed_interval WHERE plan_id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO agreed_interval (plan_id, format, document) VALUES (?, ?, ?)")) {
                delete.setString(1, plan.toString());
                delete.executeUpdate();
                insert.setString(1, plan.toString());
                insert.setInt(2, RecordDocuments.FORMAT);
                insert.setString(3, document);
                insert.executeUpdate();
            }
            return JdbcAuditTrail.append(connection, database.dialect(), event, true);
        });
    }

    @Override
    public void restore(PlanId plan, AgreedInterval interval) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(interval, "interval");
        String document = documents.write(interval);
        database.write("the review interval agreed for plan " + plan, connection -> {
            Statements.lockPlan(connection, plan);
            if (Statements.exists(connection, "SELECT 1 FROM agreed_interval WHERE plan_id = ?", plan.toString())) {
                throw new IllegalStateException("plan " + plan + " has an agreed review interval, so another cannot be restored; "
                        + "nothing was written");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO agreed_interval (plan_id, format, document) VALUES (?, ?, ?)")) {
                insert.setString(1, plan.toString());
                insert.setInt(2, RecordDocuments.FORMAT);
                insert.setString(3, document);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Review> reviews(PlanId plan) {
        Objects.requireNonNull(plan, "plan");
        return database.read("the reviews of plan " + plan, h -> h.createQuery(
                        "SELECT document FROM review WHERE plan_id = :plan ORDER BY position")
                .bind("plan", plan.toString()).mapTo(String.class).list())
                .stream().map(d -> documents.read(d, Review.class)).toList();
    }

    @Override
    public List<ReviewRequest> requests(PlanId plan) {
        Objects.requireNonNull(plan, "plan");
        return database.read("the review requests of plan " + plan, h -> h.createQuery(
                        "SELECT document FROM review_request WHERE plan_id = :plan ORDER BY position")
                .bind("plan", plan.toString()).mapTo(String.class).list())
                .stream().map(d -> documents.read(d, ReviewRequest.class)).toList();
    }

    @Override
    public Optional<AgreedInterval> agreedInterval(PlanId plan) {
        Objects.requireNonNull(plan, "plan");
        return database.read("the review interval of plan " + plan, h -> h.createQuery(
                        "SELECT document FROM agreed_interval WHERE plan_id = :plan")
                .bind("plan", plan.toString()).mapTo(String.class).findOne())
                .map(d -> documents.read(d, AgreedInterval.class));
    }

    @Override
    public List<ReviewCase> casesOf(CouncilId council, Optional<PlanId> after, int limit) {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(after, "after");
        if (limit < 0) {
            throw new IllegalArgumentException("a page of review cases holds 0 or more cases, not " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return database.read("the review cases of council " + council, h -> {
            List<SupportPlan> inForce = plans.inForce(h, council, after, limit);
            if (inForce.isEmpty()) {
                return List.of();
            }
            List<String> ids = inForce.stream().map(p -> p.id().toString()).toList();
            Map<String, List<Review>> reviews = documentsOf(h, "SELECT plan_id, document FROM review WHERE plan_id IN (<ids>) ORDER BY plan_id, position",
                    ids, Review.class);
            Map<String, List<ReviewRequest>> requests = documentsOf(h,
                    "SELECT plan_id, document FROM review_request WHERE plan_id IN (<ids>) ORDER BY plan_id, position", ids, ReviewRequest.class);
            Map<String, List<AgreedInterval>> intervals = documentsOf(h,
                    "SELECT plan_id, document FROM agreed_interval WHERE plan_id IN (<ids>)", ids, AgreedInterval.class);
            Map<String, List<DirectPaymentAccount>> accounts = documentsOf(h,
                    "SELECT plan_id, document FROM dp_account WHERE plan_id IN (<ids>) ORDER BY account_id", ids, DirectPaymentAccount.class);
            List<ReviewCase> cases = new ArrayList<>(inForce.size());
            for (SupportPlan plan : inForce) {
                String id = plan.id().toString();
                Optional<LocalDate> firstPayment = accounts.getOrDefault(id, List.of()).stream()
                        .map(DirectPaymentAccount::firstPaymentDate).flatMap(Optional::stream).min(LocalDate::compareTo);
                cases.add(new ReviewCase(plan, firstPayment, reviews.getOrDefault(id, List.of()),
                        intervals.getOrDefault(id, List.of()).stream().findFirst(), requests.getOrDefault(id, List.of())));
            }
            return cases;
        });
    }

    private <T> Map<String, List<T>> documentsOf(Handle h, String sql, List<String> ids, Class<T> type) {
        Map<String, List<T>> found = new HashMap<>();
        h.createQuery(sql).bindList("ids", ids).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(row -> found.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(documents.read(row.getValue(), type)));
        return found;
    }
}
