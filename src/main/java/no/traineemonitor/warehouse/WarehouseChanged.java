package no.traineemonitor.warehouse;

/**
 * Published after the warehouse changed while the server runs (a yearly return confirmed or withdrawn): services drop
 * what they keep in memory from it (programme lists, peer attributes, peer counts).
 */
public record WarehouseChanged(String dataVersion) {
}
