package vn.motcua.server.forecast;

import java.util.Optional;
import vn.motcua.client.Category;
import vn.motcua.server.ticket.Ticket;

/** Where a ticket view gets its forecast from; {@link #NONE} where no forecaster runs (tools, some tests). */
public interface WaitForecasts {
    WaitForecasts NONE = new WaitForecasts() {
        @Override
        public Optional<WaitForecast.Estimate> estimate(Ticket t, long now) {
            return Optional.empty();
        }

        @Override
        public Optional<WaitForecast.Estimate> forArrival(String service, Category category, long now) {
            return Optional.empty();
        }

        @Override
        public void issued(String service, Category category) {
        }
    };

    Optional<WaitForecast.Estimate> estimate(Ticket t, long now);

    /** A visitor of this service and category who would take a number now (the board's figure). */
    Optional<WaitForecast.Estimate> forArrival(String service, Category category, long now);

    void issued(String service, Category category);
}
