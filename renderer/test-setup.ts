// Renderer unit tests run on jsdom with an in-memory IndexedDB (never in production code).
import 'fake-indexeddb/auto';
