// The API version every response (`X-Pos-Api-Version`) and every event envelope (`api_version`) carries.
export const API_VERSION = '2026-11-01';
