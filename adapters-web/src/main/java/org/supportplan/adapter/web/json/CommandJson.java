package org.supportplan.adapter.web.json;

import java.io.InputStream;
import java.util.function.Supplier;

import org.supportplan.adapter.web.dto.LifecycleRequests;
import org.supportplan.adapter.web.mapping.CommandMapper;
import org.supportplan.application.port.in.CommandRejectedException;
import org.supportplan.application.port.in.DatedPlanCommand;
import org.supportplan.application.port.in.ReturnPlanCommand;
import org.supportplan.application.port.in.SignOffCommand;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Reads the small JSON bodies of the lifecycle routes into commands, with the same strict rules as
 * {@link PlanJson}. Thread-safe.
 */
public final class CommandJson {

    private final StrictReader reader = new StrictReader();
    private final CommandMapper commands = CommandMapper.INSTANCE;

    /** {@code {"reasons": ["..."]}}. */
    public ReturnPlanCommand readReturn(PlanId planId, InputStream in) {
        LifecycleRequests.Return body = reader.read(in, LifecycleRequests.Return.class);
        return mapped(() -> commands.toCommand(planId, body));
    }

    /** {@code {"signedOffBy": "CM-0042", "finalBudgetAnnual": "16000.00"}}. */
    public SignOffCommand readSignOff(PlanId planId, InputStream in) {
        LifecycleRequests.SignOff body = reader.read(in, LifecycleRequests.SignOff.class);
        return mapped(() -> commands.toCommand(planId, body));
    }

    /** {@code {"supportStart": "2026-05-04"}}. */
    public DatedPlanCommand readActivation(PlanId planId, InputStream in) {
        LifecycleRequests.Activate body = reader.read(in, LifecycleRequests.Activate.class);
        return mapped(() -> commands.toCommand(planId, body));
    }

    /** {@code {"endedOn": "2027-01-31"}}. */
    public DatedPlanCommand readEnd(PlanId planId, InputStream in) {
        LifecycleRequests.End body = reader.read(in, LifecycleRequests.End.class);
        return mapped(() -> commands.toCommand(planId, body));
    }

    private static <T> T mapped(Supplier<T> map) {
        try {
            return map.get();
        } catch (InvalidValueException e) {
            throw StrictReader.invalid(e);
        } catch (CommandRejectedException e) {
            throw StrictReader.invalid(e);
        }
    }
}
