// Events browser (filled in once the events feed lands).
export function EventsSection() {
  return null;
}
