package io.lightningops.campaign.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

import io.lightningops.campaign.config.BudgetConfig;
import io.lightningops.campaign.domain.ActualSpend;
import io.lightningops.campaign.domain.Budget;
import io.lightningops.campaign.domain.BudgetLine;
import io.lightningops.campaign.domain.Money;
import io.lightningops.campaign.repository.ActualSpendRepository;
import io.lightningops.campaign.repository.BudgetLineRepository;
import io.lightningops.campaign.repository.BudgetRepository;
import io.lightningops.campaign.rest.ActualSpendRequest;
import io.lightningops.campaign.rest.ActualSpendResponse;
import io.lightningops.campaign.rest.BudgetLineRequest;
import io.lightningops.campaign.rest.BudgetLineResponse;
import io.lightningops.campaign.rest.BudgetRequest;
import io.lightningops.campaign.rest.BudgetResponse;
import io.lightningops.campaign.rest.VarianceReport;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/**
 * Annual budgets: the contingency reserve is held back from the total, the lines share the rest; actual spend is
 * recorded per line and month and compared with the monthly plan.
 */
@ApplicationScoped
@Transactional
public class BudgetService {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final BudgetRepository budgets;
    private final BudgetLineRepository lines;
    private final ActualSpendRepository actuals;
    private final BudgetConfig config;
    private final SecurityIdentity identity;

    public BudgetService(BudgetRepository budgets, BudgetLineRepository lines, ActualSpendRepository actuals,
            BudgetConfig config, SecurityIdentity identity) {
        this.budgets = budgets;
        this.lines = lines;
        this.actuals = actuals;
        this.config = config;
        this.identity = identity;
    }

    public BudgetResponse create(BudgetRequest request) {
        Budget budget = new Budget();
        budget.year = request.year();
        budget.name = request.name().strip();
        budget.total = Money.cents(request.total());
        budget.reserveRate = (request.reserveRate() == null ? config.reserveRate() : request.reserveRate())
                .setScale(4, RoundingMode.HALF_UP);
        budget.reserve = Money.cents(budget.total.multiply(budget.reserveRate));
        budget.createdBy = identity.getPrincipal().getName();
        for (int i = 0; i < request.lines().size(); i++) {
            budget.lines.add(line(budget, i, request.lines().get(i), "lines[" + i + "]"));
        }
        BigDecimal room = budget.total.subtract(budget.reserve);
        if (allocated(budget).compareTo(room) > 0) {
            throw ApiException.invalid("lines", "plan " + Money.format(allocated(budget)) + " in all, more than the "
                    + Money.format(room) + " left after the contingency reserve of " + Money.format(budget.reserve));
        }
        budgets.persist(budget);
        budgets.flush();
        return respond(budget);
    }

    /** Adds a line; the budget's row is locked so that two additions cannot together overrun the unallocated money. */
    public BudgetLineResponse addLine(UUID budgetId, BudgetLineRequest request) {
        Budget budget = budgets.findByIdOptional(budgetId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("budget", budgetId));
        BudgetLine line = line(budget, budget.lines.size(), request, "body");
        BigDecimal unallocated = budget.total.subtract(budget.reserve).subtract(allocated(budget));
        if (line.planned.compareTo(unallocated) > 0) {
            throw ApiException.conflict("The budget has " + Money.format(unallocated)
                    + " unallocated, less than the line's plan of " + Money.format(line.planned));
        }
        budget.lines.add(line);
        budgets.flush();
        return BudgetLineResponse.from(line, BigDecimal.ZERO);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetResponse get(UUID id) {
        return respond(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BudgetResponse> list(Integer year, PageParams page) {
        return ListQuery.where()
                .and("year = :year", "year", year)
                .page(budgets, Sort.descending("year").and("createdAt").and("id"), page)
                .map(this::respond);
    }

    public ActualSpendResponse recordActual(UUID budgetId, UUID lineId, ActualSpendRequest request) {
        BudgetLine line = lineOf(budgetId, lineId);
        YearMonth month = YearMonth.parse(request.month());
        if (month.getYear() != line.budget.year) {
            throw ApiException.invalid("month", "must be a month of the budget's year " + line.budget.year);
        }
        ActualSpend spend = new ActualSpend();
        spend.lineId = line.id;
        spend.month = month.getMonthValue();
        spend.amount = Money.cents(request.amount());
        spend.note = request.note();
        spend.recordedBy = identity.getPrincipal().getName();
        actuals.persist(spend);
        actuals.flush();
        return ActualSpendResponse.from(spend, line.budget.year);
    }

    /**
     * Plan against actual per line and month: for {@code month} only, or for every month from January to the last
     * month with any actual spend on the budget.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VarianceReport variance(UUID budgetId, String month) {
        Budget budget = find(budgetId);
        Map<UUID, Map<Integer, BigDecimal>> spent = actualByLineAndMonth(budget);
        List<Integer> months = new ArrayList<>();
        if (month != null && !month.isBlank()) {
            YearMonth asked = parseMonth(month);
            if (asked.getYear() != budget.year) {
                throw ApiException.invalid("month", "must be a month of the budget's year " + budget.year);
            }
            months.add(asked.getMonthValue());
        } else {
            int last = spent.values().stream().flatMap(m -> m.keySet().stream()).mapToInt(Integer::intValue).max().orElse(0);
            for (int m = 1; m <= last; m++) {
                months.add(m);
            }
        }
        BigDecimal threshold = config.varianceThreshold();
        List<VarianceReport.Row> rows = new ArrayList<>();
        for (BudgetLine line : budget.lines) {
            for (int m : months) {
                BigDecimal planned = line.monthlyPlan.getOrDefault(m, BigDecimal.ZERO);
                BigDecimal actual = spent.getOrDefault(line.id, Map.of()).getOrDefault(m, BigDecimal.ZERO);
                BigDecimal variance = actual.subtract(planned);
                BigDecimal rate = Money.ratio(variance, planned);
                boolean flagged = rate == null ? actual.signum() > 0 : rate.abs().compareTo(threshold) > 0;
                rows.add(new VarianceReport.Row(Ids.format(line.id), line.name, line.category,
                        YearMonth.of(budget.year, m).toString(), Money.format(planned), Money.format(actual),
                        Money.format(variance), Money.formatRatio(rate), flagged));
            }
        }
        return new VarianceReport(Ids.format(budget.id), Money.formatRatio(threshold), rows);
    }

    private static YearMonth parseMonth(String month) {
        if (!month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw ApiException.invalid("month", "must be a month YYYY-MM");
        }
        return YearMonth.parse(month);
    }

    private BudgetLine line(Budget budget, int position, BudgetLineRequest request, String field) {
        BudgetLine line = new BudgetLine();
        line.budget = budget;
        line.position = position;
        line.name = request.name().strip();
        line.category = request.category();
        line.kind = request.category().kind();
        line.planned = Money.cents(request.planned());
        if (request.monthlyPlan() == null) {
            BigDecimal month = line.planned.divide(TWELVE, Money.SCALE, RoundingMode.DOWN);
            for (int m = 1; m <= 11; m++) {
                line.monthlyPlan.put(m, month);
            }
            line.monthlyPlan.put(12, line.planned.subtract(month.multiply(BigDecimal.valueOf(11))));
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            for (int m = 1; m <= 12; m++) {
                BigDecimal amount = Money.cents(request.monthlyPlan().get(m - 1));
                line.monthlyPlan.put(m, amount);
                sum = sum.add(amount);
            }
            if (sum.compareTo(line.planned) != 0) {
                throw ApiException.invalid(field + ".monthlyPlan", "adds up to " + Money.format(sum)
                        + ", not to the planned " + Money.format(line.planned));
            }
        }
        return line;
    }

    private static BigDecimal allocated(Budget budget) {
        return budget.lines.stream().map(l -> l.planned).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<UUID, Map<Integer, BigDecimal>> actualByLineAndMonth(Budget budget) {
        Map<UUID, Map<Integer, BigDecimal>> result = new HashMap<>();
        if (budget.lines.isEmpty()) {
            return result;
        }
        List<Object[]> sums = actuals.getEntityManager().createQuery(
                        "select a.lineId, a.month, sum(a.amount) from ActualSpend a where a.lineId in :lines "
                                + "group by a.lineId, a.month", Object[].class)
                .setParameter("lines", budget.lines.stream().map(l -> l.id).toList())
                .getResultList();
        for (Object[] row : sums) {
            result.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).put((Integer) row[1], (BigDecimal) row[2]);
        }
        return result;
    }

    private BudgetResponse respond(Budget budget) {
        Map<UUID, Map<Integer, BigDecimal>> spent = actualByLineAndMonth(budget);
        List<BudgetLineResponse> lineResponses = budget.lines.stream()
                .map(l -> BudgetLineResponse.from(l, spent.getOrDefault(l.id, Map.of()).values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
        BigDecimal allocated = allocated(budget);
        BigDecimal committed = budget.lines.stream().map(l -> l.committed).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BudgetResponse(Ids.format(budget.id), budget.year, budget.name, Money.format(budget.total),
                Money.formatRatio(budget.reserveRate), Money.format(budget.reserve), Money.format(allocated),
                Money.format(budget.total.subtract(budget.reserve).subtract(allocated)), Money.format(committed),
                lineResponses, budget.createdBy, budget.createdAt.atOffset(ZoneOffset.UTC),
                budget.updatedAt.atOffset(ZoneOffset.UTC), budget.version);
    }

    private Budget find(UUID id) {
        Budget budget = budgets.findById(id);
        if (budget == null) {
            throw ApiException.notFound("budget", id);
        }
        return budget;
    }

    private BudgetLine lineOf(UUID budgetId, UUID lineId) {
        BudgetLine line = lines.findById(lineId);
        if (line == null || !line.budget.id.equals(budgetId)) {
            throw ApiException.notFound("line of budget " + budgetId, lineId);
        }
        return line;
    }
}
