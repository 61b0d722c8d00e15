package vn.motcua.server.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.motcua.client.Category;
import vn.motcua.client.EventType;
import vn.motcua.client.TicketState;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.event.NewEvent;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.PolicySettings;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.ticket.DayRollover;
import vn.motcua.server.ticket.Ticket;
import vn.motcua.server.ticket.TicketStore;
import vn.motcua.server.ticket.TicketViews;

/**
 * The counter rules without a database: the stores are mocks, the transaction runs the work at once, and
 * what the service wrote (rows and events) is read off the mocks.
 */
class CounterServiceTest {
    private static final long NOW = Instant.parse("2026-11-23T02:00:00Z").toEpochMilli();
    private static final Principal OFFICER = new Principal(7, "officer1", Role.OFFICER, false);

    private final Recorder recorder = mock(Recorder.class);
    private final Recorder.Tx tx = mock(Recorder.Tx.class);
    private final CounterStore counters = mock(CounterStore.class);
    private final TicketStore tickets = mock(TicketStore.class);
    private final Connection connection = mock(Connection.class);
    private CounterService service;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void wire() throws Exception {
        when(recorder.transaction(any())).thenAnswer(call -> ((Recorder.Work<Object>) call.getArgument(0)).run(tx));
        when(tx.connection()).thenReturn(connection);
        service = new CounterService(recorder, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC), counters, tickets,
                mock(ServiceStore.class), mock(TicketViews.class), new CallPolicy(PolicySettings.defaults()),
                mock(DayRollover.class), CounterRules.defaults());
    }

    private static Counter counter(int number, CounterState state, Long officer, Long current) {
        return new Counter(number, "Quầy " + number, false, state, officer, current, 0, List.of("A"));
    }

    private static Ticket ticket(long id, TicketState state, Integer counter, int recalls) {
        return new Ticket(id, "A0001", "A", "2026-11-23", Category.NORMAL, state, NOW - 60_000, NOW - 60_000, counter,
                OFFICER.id(), recalls, null, null, null, NOW - 30_000);
    }

    @Test
    void anOfficerAlreadyAtAnotherCounterCannotOpenASecondOne() throws Exception {
        when(counters.find(connection, 2)).thenReturn(Optional.of(counter(2, CounterState.CLOSED, null, null)));
        when(counters.findByOfficer(connection, OFFICER.id()))
                .thenReturn(Optional.of(counter(1, CounterState.OPEN, OFFICER.id(), null)));

        assertThatThrownBy(() -> service.open(2, OFFICER)).isInstanceOf(ApiException.class)
                .hasMessageContaining("counter 1; close it first");
        verify(counters, never()).update(any(), any());
        verify(tx, never()).record(any());
    }

    @Test
    void openingRecordsACounterChangedEventByTheOfficer() throws Exception {
        when(counters.find(connection, 2)).thenReturn(Optional.of(counter(2, CounterState.CLOSED, null, null)));
        when(counters.findByOfficer(connection, OFFICER.id())).thenReturn(Optional.empty());

        Counter opened = service.open(2, OFFICER);

        assertThat(opened.state()).isEqualTo(CounterState.OPEN);
        assertThat(opened.officerId()).isEqualTo(OFFICER.id());
        ArgumentCaptor<NewEvent> event = ArgumentCaptor.forClass(NewEvent.class);
        verify(tx).record(event.capture());
        assertThat(event.getValue().type()).isEqualTo(EventType.COUNTER_CHANGED);
        assertThat(event.getValue().counter()).isEqualTo(2);
        assertThat(event.getValue().counterState()).isEqualTo("OPEN");
        assertThat(event.getValue().officerId()).isEqualTo(OFFICER.id());
        assertThat(event.getValue().serviceDay()).isEqualTo("2026-11-23");
    }

    @Test
    void aCounterWithAVisitorBeingServedCannotClose() throws Exception {
        when(counters.find(connection, 1)).thenReturn(Optional.of(counter(1, CounterState.OPEN, OFFICER.id(), 5L)));
        when(tickets.find(connection, 5)).thenReturn(Optional.of(ticket(5, TicketState.SERVING, 1, 0)));

        assertThatThrownBy(() -> service.close(1, OFFICER)).isInstanceOf(ApiException.class)
                .hasMessageContaining("still has ticket A0001 in state SERVING");
        verify(counters, never()).update(any(), any());
    }

    @Test
    void noShowNeedsTheAllowedRecallsFirst() throws Exception {
        when(tickets.find(connection, 5)).thenReturn(Optional.of(ticket(5, TicketState.CALLED, 1, 0)));
        when(counters.findByOfficer(connection, OFFICER.id()))
                .thenReturn(Optional.of(counter(1, CounterState.OPEN, OFFICER.id(), 5L)));

        assertThatThrownBy(() -> service.noShow(5, OFFICER, "http://centre")).isInstanceOf(ApiException.class)
                .hasMessageContaining("recall 1 times before marking a no-show (recalled 0)");
        verify(tickets, never()).update(any(), any());
        verify(tx, never()).record(any());
    }

    @Test
    void finishingRecordsTheOutcomeAndFreesTheCounter() throws Exception {
        when(tickets.find(connection, 5)).thenReturn(Optional.of(ticket(5, TicketState.SERVING, 1, 0)));
        Counter mine = counter(1, CounterState.OPEN, OFFICER.id(), 5L);
        when(counters.findByOfficer(connection, OFFICER.id())).thenReturn(Optional.of(mine));
        when(counters.find(connection, 1)).thenReturn(Optional.of(mine));

        service.finish(5, "RECEIVED", OFFICER, "http://centre");

        ArgumentCaptor<Ticket> updated = ArgumentCaptor.forClass(Ticket.class);
        verify(tickets).update(any(), updated.capture());
        assertThat(updated.getValue().state()).isEqualTo(TicketState.DONE);
        assertThat(updated.getValue().stateAt()).isEqualTo(NOW);
        ArgumentCaptor<Counter> freed = ArgumentCaptor.forClass(Counter.class);
        verify(counters).update(any(), freed.capture());
        assertThat(freed.getValue().currentTicketId()).isNull();
        ArgumentCaptor<NewEvent> event = ArgumentCaptor.forClass(NewEvent.class);
        verify(tx).record(event.capture());
        assertThat(event.getValue().type()).isEqualTo(EventType.TICKET_FINISHED);
        assertThat(event.getValue().detail()).isEqualTo("RECEIVED");
        assertThat(event.getValue().state()).isEqualTo(TicketState.DONE);
        assertThat(event.getValue().ticketId()).isEqualTo(5L);
    }

    @Test
    void anotherOfficersTicketCannotBeStarted() throws Exception {
        when(tickets.find(connection, 5)).thenReturn(Optional.of(ticket(5, TicketState.CALLED, 3, 0)));
        when(counters.findByOfficer(connection, OFFICER.id()))
                .thenReturn(Optional.of(counter(1, CounterState.OPEN, OFFICER.id(), null)));

        assertThatThrownBy(() -> service.start(5, OFFICER, "http://centre")).isInstanceOf(ApiException.class)
                .hasMessageContaining("not at your counter");
        verify(tickets, never()).update(any(), any());
    }
}
