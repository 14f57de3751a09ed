/** Shared UI pieces other features' views may use: layout, messages. */
@org.springframework.modulith.NamedInterface("ui")
package id.loket.base.ui;
