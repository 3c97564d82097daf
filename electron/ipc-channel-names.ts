// Channel names shared by main and preload that are not HardwareApi channels.

/** Main → renderer push events (`{ event, payload }`). */
export const HARDWARE_EVENT_CHANNEL = 'hardware:event';
