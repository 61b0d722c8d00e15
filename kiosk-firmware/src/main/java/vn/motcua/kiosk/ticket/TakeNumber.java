package vn.motcua.kiosk.ticket;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Category;
import vn.motcua.client.CentreTime;
import vn.motcua.client.IssueTicketRequest;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.client.ServiceInfo;
import vn.motcua.client.TicketView;
import vn.motcua.kiosk.health.DeviceHealth;
import vn.motcua.kiosk.offline.OfflineDesk;
import vn.motcua.kiosk.printer.PrinterException;
import vn.motcua.kiosk.printer.PrinterStatus;
import vn.motcua.kiosk.printer.TicketContent;
import vn.motcua.kiosk.printer.TicketLayout;
import vn.motcua.kiosk.printer.TicketPrinter;

/**
 * "Lấy số thứ tự": check the printer, take a number from the server, print it. A ticket that did not
 * print is never left in the queue: it is cancelled on the server, the citizen is sent to the reception
 * desk, and the printer's fault goes to the manager as a device alert.
 */
public final class TakeNumber {
    private static final Logger LOG = LoggerFactory.getLogger(TakeNumber.class);
    static final String FOOTER = "Vui lòng giữ phiếu đến khi được gọi";

    private final QueueClient server;
    private final TicketPrinter printer;
    private final DeviceHealth health;
    private final CentreInfo centre;
    private final Clock clock;
    private final OfflineDesk offline;

    public TakeNumber(QueueClient server, TicketPrinter printer, DeviceHealth health, CentreInfo centre, Clock clock,
                      OfflineDesk offline) {
        this.offline = offline;
        this.server = server;
        this.printer = printer;
        this.health = health;
        this.centre = centre;
        this.clock = clock;
    }

    public TakeNumberResult take(String serviceCode, Category category) {
        return take(serviceCode, category, issued -> { });
    }

    /**
     * @param onIssued told the number as soon as the server gives it, so the screen shows it while a slow
     *                 serial printer is still printing; the returned result is the final word
     */
    public TakeNumberResult take(String serviceCode, Category category,
                                 java.util.function.Consumer<TakeNumberResult> onIssued) {
        return take(serviceCode, java.util.List.of(), category, onIssued);
    }

    /**
     * @param thenServices a visit with several procedures: after {@code serviceCode} the same number goes on to
     *                     each of these; the ticket names them all. Offline the kiosk issues the first only (the
     *                     officer transfers the visit on).
     */
    public synchronized TakeNumberResult take(String serviceCode, java.util.List<String> thenServices, Category category,
                                              java.util.function.Consumer<TakeNumberResult> onIssued) {
        if (!printerReady()) {
            return printerFault();
        }
        ServiceInfo service = centre.service(serviceCode).orElse(null);
        if (service == null) {
            return unknownService(serviceCode);
        }
        java.util.List<ServiceInfo> later = new java.util.ArrayList<>();
        for (String code : thenServices) {
            ServiceInfo s = centre.service(code).orElse(null);
            if (s == null || code.equals(serviceCode)) {
                return TakeNumberResult.failed("REFUSED", "Dịch vụ không hợp lệ: " + code, "Invalid further service: " + code);
            }
            later.add(s);
        }
        TicketView ticket;
        try {
            ticket = server.issueTicket(new IssueTicketRequest(serviceCode, category, UUID.randomUUID().toString(),
                    thenServices.isEmpty() ? null : thenServices));
        } catch (QueueApiException e) {
            if (e.unreachable()) {
                return takeOffline(service, category, onIssued);
            }
            return TakeNumberResult.failed("REFUSED", "Không lấy được số: " + e.getMessage(),
                    "Could not take a number: " + e.getMessage());
        }
        String nameVi = service.nameVi() + later.stream().map(s -> " → " + s.nameVi()).collect(java.util.stream.Collectors.joining());
        String nameEn = service.nameEn() + later.stream().map(s -> " → " + s.nameEn()).collect(java.util.stream.Collectors.joining());
        return print(ticket, service, nameVi, nameEn, onIssued);
    }

    /**
     * A ticket the server issues some other way (a booking's check-in), printed like any other: the printer is
     * checked first, and a ticket that did not print is cancelled. The server's refusal is thrown to the caller,
     * which knows what it means (too early, too late).
     *
     * @throws QueueApiException the server's refusal, or the server unreachable (no offline fallback for this)
     */
    public synchronized TakeNumberResult printIssued(String serviceCode, java.util.function.Supplier<TicketView> issue,
                                                     java.util.function.Consumer<TakeNumberResult> onIssued) {
        if (!printerReady()) {
            return printerFault();
        }
        ServiceInfo service = centre.service(serviceCode).orElse(null);
        if (service == null) {
            return unknownService(serviceCode);
        }
        return print(issue.get(), service, service.nameVi(), service.nameEn(), onIssued);
    }

    /** @param nameVi the service's name on the ticket (a visit with several procedures names them all) */
    private TakeNumberResult print(TicketView ticket, ServiceInfo service, String nameVi, String nameEn,
                                   java.util.function.Consumer<TakeNumberResult> onIssued) {
        TakeNumberResult result = new TakeNumberResult(ticket.number(), nameVi, nameEn,
                ticket.category().name(), ticket.ahead(), ticket.estimatedWaitMinutes(), ticket.statusUrl(), null, null, null,
                ticket.estimatedWaitRange());
        onIssued.accept(result);
        try {
            printer.print(TicketLayout.ticket(content(ticket, new ServiceInfo(service.code(), service.prefix(), nameVi, nameEn,
                    service.targetWaitMinutes(), service.targetProcessingMinutes()))));
        } catch (PrinterException e) {
            health.update(e.status());
            cancel(ticket);
            return printerFault();
        }
        health.update(printer.status());
        offline.countDemand(service.code());
        return result;
    }

    /** The server is away: a leased number, printed with the wait unknown, replayed later. */
    private TakeNumberResult takeOffline(ServiceInfo service, Category category,
                                         java.util.function.Consumer<TakeNumberResult> onIssued) {
        var reserved = offline.reserve(service.code(), category);
        if (reserved.isEmpty()) {
            return TakeNumberResult.failed("SERVER_UNREACHABLE",
                    "Ki-ốt đang mất kết nối với máy chủ và không còn số dự phòng. Xin mời đến quầy hướng dẫn.",
                    "The kiosk has lost the queue server and has no spare numbers left. Please go to the reception desk.");
        }
        var entry = reserved.get();
        String statusUrl = server.baseUri().toString().replaceAll("/$", "") + "/t/n/"
                + entry.issuedAt().toLocalDate() + "/" + entry.number();
        TakeNumberResult result = new TakeNumberResult(entry.number(), service.nameVi(), service.nameEn(),
                category.name(), null, null, statusUrl, null, null, null, null);
        onIssued.accept(result);
        try {
            printer.print(TicketLayout.ticket(new TicketContent(centre.name(), service.nameVi(), service.nameEn(),
                    entry.number(), CategoryLabels.vietnamese(category), entry.issuedAt().atZoneSameInstant(CentreTime.ZONE),
                    null, null, statusUrl, FOOTER)));
        } catch (PrinterException e) {
            offline.voided(entry);
            health.update(e.status());
            return printerFault();
        }
        offline.printed(entry);
        LOG.warn("ticket {} issued offline from a lease", entry.number());
        return result;
    }

    private void cancel(TicketView ticket) {
        try {
            server.cancel(ticket.id());
            LOG.warn("ticket {} not printed; cancelled on the server", ticket.number());
        } catch (QueueApiException e) {
            // The officer will see a number nobody holds and mark it a no-show; nothing else to do here.
            LOG.error("ticket {} not printed and could not be cancelled: {}", ticket.number(), e.getMessage());
        }
    }

    private TicketContent content(TicketView ticket, ServiceInfo service) {
        ZonedDateTime issued = ticket.issuedAt() == null ? ZonedDateTime.now(clock.withZone(CentreTime.ZONE))
                : ticket.issuedAt().atZoneSameInstant(CentreTime.ZONE);
        return new TicketContent(centre.name(), service.nameVi(), service.nameEn(), ticket.number(),
                CategoryLabels.vietnamese(ticket.category()), issued, ticket.ahead(), ticket.estimatedWaitMinutes(),
                ticket.statusUrl(), FOOTER, ticket.estimatedWaitRange());
    }

    /** Asked before any number is taken, so none is taken (and skipped in the queue) for a kiosk that cannot print. */
    private boolean printerReady() {
        PrinterStatus before = printer.status();
        health.update(before);
        return before.ready();
    }

    private static TakeNumberResult unknownService(String code) {
        return TakeNumberResult.failed("REFUSED", "Dịch vụ không tồn tại: " + code, "No such service: " + code);
    }

    private static TakeNumberResult printerFault() {
        return TakeNumberResult.failed("PRINTER",
                "Máy in đang gặp sự cố, chưa in được số. Xin mời đến quầy hướng dẫn để được lấy số.",
                "The printer has a problem and no ticket was printed. Please go to the reception desk.");
    }
}
