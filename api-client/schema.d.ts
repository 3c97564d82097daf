// Generated from the service's OpenAPI document by `npm run gen:api-client`: do not edit by hand.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service health: database reachable, LISTEN connection state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ok" | "degraded" | "unavailable";
                            database: {
                                engine: string;
                                reachable: boolean;
                                error: string | null;
                            };
                            listen: {
                                state: "listening" | "reconnecting" | "idle";
                                attempts: number;
                                since: string | null;
                                last_error: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ok" | "degraded" | "unavailable";
                            database: {
                                engine: string;
                                reachable: boolean;
                                error: string | null;
                            };
                            listen: {
                                state: "listening" | "reconnecting" | "idle";
                                attempts: number;
                                since: string | null;
                                last_error: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the locations this key may access */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /**
                                 * @description loc_… id
                                 * @example loc_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "location";
                                name: string;
                                address: {
                                    line1?: string;
                                    line2?: string;
                                    city?: string;
                                    postal_code?: string;
                                    region?: string;
                                    /** @description ISO 3166-1 alpha-2 */
                                    country?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                /** @description IANA time zone, e.g. Europe/Berlin */
                                timezone: string;
                                /** @description ISO 4217 currency code */
                                currency: string;
                                /** @description inclusive: prices contain tax (EU VAT); exclusive: tax is added on top (US sales tax) */
                                tax_mode: "inclusive" | "exclusive";
                                /** @description smallest coin in minor units (5 = 0.05) */
                                cash_rounding: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            next_cursor: string | null;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a location */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "location";
                            name: string;
                            address: {
                                line1?: string;
                                line2?: string;
                                city?: string;
                                postal_code?: string;
                                region?: string;
                                /** @description ISO 3166-1 alpha-2 */
                                country?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description IANA time zone, e.g. Europe/Berlin */
                            timezone: string;
                            /** @description ISO 4217 currency code */
                            currency: string;
                            /** @description inclusive: prices contain tax (EU VAT); exclusive: tax is added on top (US sales tax) */
                            tax_mode: "inclusive" | "exclusive";
                            /** @description smallest coin in minor units (5 = 0.05) */
                            cash_rounding: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a location
         * @description Only the fields sent change (`address` is replaced whole). Currency and tax mode cannot change: every price of the location is stored in them. Tills get the change on their next pull. Emits `location.updated` with `previous_attributes` (no event when nothing changed).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description replaces the whole address */
                        address?: {
                            line1?: string;
                            line2?: string;
                            city?: string;
                            postal_code?: string;
                            region?: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country?: string;
                        };
                        /** @description IANA time zone, e.g. Europe/Berlin */
                        timezone?: string;
                        /** @description smallest coin in minor units (5 = 0.05) */
                        cash_rounding?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "location";
                            name: string;
                            address: {
                                line1?: string;
                                line2?: string;
                                city?: string;
                                postal_code?: string;
                                region?: string;
                                /** @description ISO 3166-1 alpha-2 */
                                country?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description IANA time zone, e.g. Europe/Berlin */
                            timezone: string;
                            /** @description ISO 4217 currency code */
                            currency: string;
                            /** @description inclusive: prices contain tax (EU VAT); exclusive: tax is added on top (US sales tax) */
                            tax_mode: "inclusive" | "exclusive";
                            /** @description smallest coin in minor units (5 = 0.05) */
                            cash_rounding: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description Products of the locations this key may access, in creation order. `updated_since` returns those changed at or after a time.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    location_id?: string;
                    /** @description RFC 3339; products changed at or after it */
                    updated_since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /**
                                 * @description prd_… id
                                 * @example prd_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "product";
                                /**
                                 * @description loc_… id
                                 * @example loc_01JD0000000000000000000000
                                 */
                                location_id: string;
                                name: string;
                                description: string;
                                sku: string | null;
                                /** @description unit price in minor units, in the location's tax mode (gross when inclusive, net when exclusive) */
                                price: number;
                                currency: string;
                                /** TaxRate */
                                tax_rate: {
                                    /**
                                     * @description tax_… id
                                     * @example tax_01JD0000000000000000000000
                                     */
                                    id: string;
                                    name: string;
                                    /** @description parts per million: 19 % = 190000 */
                                    rate_ppm: number;
                                };
                                category: {
                                    /**
                                     * @description cat_… id
                                     * @example cat_01JD0000000000000000000000
                                     */
                                    id: string;
                                    name: string;
                                    color: string | null;
                                    sort_order: number;
                                } | null;
                                barcodes: string[];
                                modifier_groups: {
                                    /**
                                     * @description mgr_… id
                                     * @example mgr_01JD0000000000000000000000
                                     */
                                    id: string;
                                    name: string;
                                    min_select: number;
                                    max_select: number;
                                    modifiers: {
                                        /**
                                         * @description mod_… id
                                         * @example mod_01JD0000000000000000000000
                                         */
                                        id: string;
                                        name: string;
                                        /** @description added to the unit price, minor units (may be negative) */
                                        price_delta: number;
                                    }[];
                                }[];
                                stock: {
                                    on_hand: number;
                                    low_stock_threshold: number | null;
                                } | null;
                                /** @description sold by weight: `price` is per kilogram and the till weighs each sale on its scale */
                                sold_by_weight: boolean;
                                /** @description container weight the till subtracts when weighing, grams (0 when sold by the piece) */
                                tare_grams: number;
                                active: boolean;
                                image_url: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            next_cursor: string | null;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a product
         * @description Emits `product.created` (and `inventory.updated` when it starts with stock).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        location_id: string;
                        name: string;
                        /** @description minor units, in the location's tax mode */
                        price: number;
                        tax_rate_id: string;
                        category_id?: string | null;
                        description?: string;
                        sku?: string | null;
                        barcodes?: string[];
                        modifier_group_ids?: string[];
                        stock?: {
                            on_hand: number;
                            low_stock_threshold?: number | null;
                        } | null;
                        /** @description price is per kilogram; the till weighs each sale */
                        sold_by_weight?: boolean;
                        /** @description container weight subtracted when weighing, grams */
                        tare_grams?: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description prd_… id
                             * @example prd_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "product";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            description: string;
                            sku: string | null;
                            /** @description unit price in minor units, in the location's tax mode (gross when inclusive, net when exclusive) */
                            price: number;
                            currency: string;
                            /** TaxRate */
                            tax_rate: {
                                /**
                                 * @description tax_… id
                                 * @example tax_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                /** @description parts per million: 19 % = 190000 */
                                rate_ppm: number;
                            };
                            category: {
                                /**
                                 * @description cat_… id
                                 * @example cat_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                color: string | null;
                                sort_order: number;
                            } | null;
                            barcodes: string[];
                            modifier_groups: {
                                /**
                                 * @description mgr_… id
                                 * @example mgr_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                min_select: number;
                                max_select: number;
                                modifiers: {
                                    /**
                                     * @description mod_… id
                                     * @example mod_01JD0000000000000000000000
                                     */
                                    id: string;
                                    name: string;
                                    /** @description added to the unit price, minor units (may be negative) */
                                    price_delta: number;
                                }[];
                            }[];
                            stock: {
                                on_hand: number;
                                low_stock_threshold: number | null;
                            } | null;
                            /** @description sold by weight: `price` is per kilogram and the till weighs each sale on its scale */
                            sold_by_weight: boolean;
                            /** @description container weight the till subtracts when weighing, grams (0 when sold by the piece) */
                            tare_grams: number;
                            active: boolean;
                            image_url: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a product */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description prd_… id
                             * @example prd_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "product";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            description: string;
                            sku: string | null;
                            /** @description unit price in minor units, in the location's tax mode (gross when inclusive, net when exclusive) */
                            price: number;
                            currency: string;
                            /** TaxRate */
                            tax_rate: {
                                /**
                                 * @description tax_… id
                                 * @example tax_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                /** @description parts per million: 19 % = 190000 */
                                rate_ppm: number;
                            };
                            category: {
                                /**
                                 * @description cat_… id
                                 * @example cat_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                color: string | null;
                                sort_order: number;
                            } | null;
                            barcodes: string[];
                            modifier_groups: {
                                /**
                                 * @description mgr_… id
                                 * @example mgr_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                min_select: number;
                                max_select: number;
                                modifiers: {
                                    /**
                                     * @description mod_… id
                                     * @example mod_01JD0000000000000000000000
                                     */
                                    id: string;
                                    name: string;
                                    /** @description added to the unit price, minor units (may be negative) */
                                    price_delta: number;
                                }[];
                            }[];
                            stock: {
                                on_hand: number;
                                low_stock_threshold: number | null;
                            } | null;
                            /** @description sold by weight: `price` is per kilogram and the till weighs each sale on its scale */
                            sold_by_weight: boolean;
                            /** @description container weight the till subtracts when weighing, grams (0 when sold by the piece) */
                            tare_grams: number;
                            active: boolean;
                            image_url: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a product
         * @description Takes the product off sale everywhere (tills drop it on their next pull); past orders keep their lines. Its barcodes become free. Emits `product.deleted`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            object: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a product
         * @description Only the fields sent change. Emits `product.updated` with `previous_attributes`, and `inventory.updated` (+ `inventory.low_stock`) when stock changes.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description minor units, in the location's tax mode */
                        price?: number;
                        tax_rate_id?: string;
                        category_id?: string | null;
                        description?: string;
                        sku?: string | null;
                        barcodes?: string[];
                        modifier_group_ids?: string[];
                        stock?: {
                            on_hand: number;
                            low_stock_threshold?: number | null;
                        } | null;
                        /** @description price is per kilogram; the till weighs each sale */
                        sold_by_weight?: boolean;
                        /** @description container weight subtracted when weighing, grams */
                        tare_grams?: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description prd_… id
                             * @example prd_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "product";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            description: string;
                            sku: string | null;
                            /** @description unit price in minor units, in the location's tax mode (gross when inclusive, net when exclusive) */
                            price: number;
                            currency: string;
                            /** TaxRate */
                            tax_rate: {
                                /**
                                 * @description tax_… id
                                 * @example tax_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                /** @description parts per million: 19 % = 190000 */
                                rate_ppm: number;
                            };
                            category: {
                                /**
                                 * @description cat_… id
                                 * @example cat_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                color: string | null;
                                sort_order: number;
                            } | null;
                            barcodes: string[];
                            modifier_groups: {
                                /**
                                 * @description mgr_… id
                                 * @example mgr_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                min_select: number;
                                max_select: number;
                                modifiers: {
                                    /**
                                     * @description mod_… id
                                     * @example mod_01JD0000000000000000000000
                                     */
                                    id: string;
                                    name: string;
                                    /** @description added to the unit price, minor units (may be negative) */
                                    price_delta: number;
                                }[];
                            }[];
                            stock: {
                                on_hand: number;
                                low_stock_threshold: number | null;
                            } | null;
                            /** @description sold by weight: `price` is per kilogram and the till weighs each sale on its scale */
                            sold_by_weight: boolean;
                            /** @description container weight the till subtracts when weighing, grams (0 when sold by the piece) */
                            tare_grams: number;
                            active: boolean;
                            image_url: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/products/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the product picture
         * @description Send the picture as the raw request body (`--data-binary @photo.webp`). PNG, JPEG and WebP are accepted, told by their bytes (415 `unsupported_image_type` otherwise); at most 2 MB (413 `image_too_large`). Replaces any picture; the product's `image_url` changes and `product.updated` is emitted. Sending the same picture again changes nothing. No Idempotency-Key needed.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description the picture's bytes: PNG, JPEG or WebP, at most 2097152 bytes (2 MB). Its type is read from the bytes; Content-Type is not trusted. */
            requestBody: {
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                    "image/webp": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description prd_… id
                             * @example prd_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "product";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            description: string;
                            sku: string | null;
                            /** @description unit price in minor units, in the location's tax mode (gross when inclusive, net when exclusive) */
                            price: number;
                            currency: string;
                            /** TaxRate */
                            tax_rate: {
                                /**
                                 * @description tax_… id
                                 * @example tax_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                /** @description parts per million: 19 % = 190000 */
                                rate_ppm: number;
                            };
                            category: {
                                /**
                                 * @description cat_… id
                                 * @example cat_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                color: string | null;
                                sort_order: number;
                            } | null;
                            barcodes: string[];
                            modifier_groups: {
                                /**
                                 * @description mgr_… id
                                 * @example mgr_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                min_select: number;
                                max_select: number;
                                modifiers: {
                                    /**
                                     * @description mod_… id
                                     * @example mod_01JD0000000000000000000000
                                     */
                                    id: string;
                                    name: string;
                                    /** @description added to the unit price, minor units (may be negative) */
                                    price_delta: number;
                                }[];
                            }[];
                            stock: {
                                on_hand: number;
                                low_stock_threshold: number | null;
                            } | null;
                            /** @description sold by weight: `price` is per kilogram and the till weighs each sale on its scale */
                            sold_by_weight: boolean;
                            /** @description container weight the till subtracts when weighing, grams (0 when sold by the piece) */
                            tare_grams: number;
                            active: boolean;
                            image_url: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Picture larger than 2 MB (`image_too_large`) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Not a PNG, JPEG or WebP picture (`unsupported_image_type`) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove the product picture
         * @description The product's `image_url` becomes null (tills show the category colour) and `product.updated` is emitted; a product without a picture is answered as it is.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description prd_… id
                             * @example prd_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "product";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            description: string;
                            sku: string | null;
                            /** @description unit price in minor units, in the location's tax mode (gross when inclusive, net when exclusive) */
                            price: number;
                            currency: string;
                            /** TaxRate */
                            tax_rate: {
                                /**
                                 * @description tax_… id
                                 * @example tax_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                /** @description parts per million: 19 % = 190000 */
                                rate_ppm: number;
                            };
                            category: {
                                /**
                                 * @description cat_… id
                                 * @example cat_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                color: string | null;
                                sort_order: number;
                            } | null;
                            barcodes: string[];
                            modifier_groups: {
                                /**
                                 * @description mgr_… id
                                 * @example mgr_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                min_select: number;
                                max_select: number;
                                modifiers: {
                                    /**
                                     * @description mod_… id
                                     * @example mod_01JD0000000000000000000000
                                     */
                                    id: string;
                                    name: string;
                                    /** @description added to the unit price, minor units (may be negative) */
                                    price_delta: number;
                                }[];
                            }[];
                            stock: {
                                on_hand: number;
                                low_stock_threshold: number | null;
                            } | null;
                            /** @description sold by weight: `price` is per kilogram and the till weighs each sale on its scale */
                            sold_by_weight: boolean;
                            /** @description container weight the till subtracts when weighing, grams (0 when sold by the piece) */
                            tare_grams: number;
                            active: boolean;
                            image_url: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tax rates
         * @description The tax rates of the locations this key may access, in creation order. `updated_since` returns those changed at or after a time. Deleted ones are left out.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    location_id?: string;
                    /** @description RFC 3339; objects changed at or after it */
                    updated_since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /**
                                 * @description tax_… id
                                 * @example tax_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "tax_rate";
                                /**
                                 * @description loc_… id
                                 * @example loc_01JD0000000000000000000000
                                 */
                                location_id: string;
                                name: string;
                                /** @description parts per million: 19 % = 190000 */
                                rate_ppm: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            next_cursor: string | null;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a tax rate
         * @description Emits `tax_rate.created`. Tills of the location get it on their next pull.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        location_id: string;
                        name: string;
                        /** @description parts per million: 19 % = 190000 */
                        rate_ppm: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description tax_… id
                             * @example tax_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "tax_rate";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            /** @description parts per million: 19 % = 190000 */
                            rate_ppm: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax-rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a tax rate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description tax_… id
                             * @example tax_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "tax_rate";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            /** @description parts per million: 19 % = 190000 */
                            rate_ppm: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a tax rate
         * @description Takes it off the tills of its location (on their next pull); past orders keep what they were sold with. Only a rate no live product uses: otherwise 409 `tax_rate_in_use` (move the products to another rate first). Emits `tax_rate.deleted`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            object: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a tax rate
         * @description Only the fields sent change; no event when nothing did. Products that use the rate are taxed at the new rate from then on (tills get it on their next pull); past orders keep the rate they were sold at. Emits `tax_rate.updated`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description parts per million: 19 % = 190000 */
                        rate_ppm?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description tax_… id
                             * @example tax_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "tax_rate";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            /** @description parts per million: 19 % = 190000 */
                            rate_ppm: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List categories
         * @description The categories of the locations this key may access, in creation order. `updated_since` returns those changed at or after a time. Deleted ones are left out.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    location_id?: string;
                    /** @description RFC 3339; objects changed at or after it */
                    updated_since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /**
                                 * @description cat_… id
                                 * @example cat_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "category";
                                /**
                                 * @description loc_… id
                                 * @example loc_01JD0000000000000000000000
                                 */
                                location_id: string;
                                name: string;
                                color: string | null;
                                sort_order: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            next_cursor: string | null;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a category
         * @description Emits `category.created`. Tills of the location get it on their next pull.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        location_id: string;
                        name: string;
                        color?: string | null;
                        sort_order?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description cat_… id
                             * @example cat_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "category";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            color: string | null;
                            sort_order: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a category */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description cat_… id
                             * @example cat_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "category";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            color: string | null;
                            sort_order: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a category
         * @description Takes it off the tills of its location (on their next pull); past orders keep what they were sold with. Its products stay on sale, uncategorized (each emits `product.updated`); then emits `category.deleted`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            object: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a category
         * @description Only the fields sent change; no event when nothing did. Emits `category.updated`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        color?: string | null;
                        sort_order?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description cat_… id
                             * @example cat_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "category";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            color: string | null;
                            sort_order: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/modifier-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List modifier groups
         * @description The modifier groups of the locations this key may access, in creation order. `updated_since` returns those changed at or after a time. Deleted ones are left out.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    location_id?: string;
                    /** @description RFC 3339; objects changed at or after it */
                    updated_since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /**
                                 * @description mgr_… id
                                 * @example mgr_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "modifier_group";
                                /**
                                 * @description loc_… id
                                 * @example loc_01JD0000000000000000000000
                                 */
                                location_id: string;
                                name: string;
                                min_select: number;
                                max_select: number;
                                modifiers: {
                                    /**
                                     * @description mod_… id
                                     * @example mod_01JD0000000000000000000000
                                     */
                                    id: string;
                                    name: string;
                                    /** @description added to the unit price, minor units (may be negative) */
                                    price_delta: number;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            next_cursor: string | null;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a modifier group
         * @description Emits `modifier_group.created`. Tills of the location get it on their next pull.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        location_id: string;
                        name: string;
                        min_select?: number;
                        max_select?: number;
                        /** @description the whole list, in till order: modifiers left out are removed */
                        modifiers: {
                            /** @description keep this existing modifier (update only); without an id a new one is made */
                            id?: string;
                            name: string;
                            /** @description minor units added to the unit price (may be negative) */
                            price_delta: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description mgr_… id
                             * @example mgr_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "modifier_group";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            min_select: number;
                            max_select: number;
                            modifiers: {
                                /**
                                 * @description mod_… id
                                 * @example mod_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                /** @description added to the unit price, minor units (may be negative) */
                                price_delta: number;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/modifier-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a modifier group */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description mgr_… id
                             * @example mgr_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "modifier_group";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            min_select: number;
                            max_select: number;
                            modifiers: {
                                /**
                                 * @description mod_… id
                                 * @example mod_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                /** @description added to the unit price, minor units (may be negative) */
                                price_delta: number;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a modifier group
         * @description Takes it off the tills of its location (on their next pull); past orders keep what they were sold with. Products that offered the group lose it (each emits `product.updated`); then emits `modifier_group.deleted`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            object: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a modifier group
         * @description Only the fields sent change; no event when nothing did. `modifiers`, when sent, is the whole list in till order: a modifier sent with its `id` is kept (and renamed or repriced), one without an id is new, one left out is removed. Past orders keep the modifiers they were sold with. Emits `modifier_group.updated`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        min_select?: number;
                        max_select?: number;
                        /** @description the whole list, in till order: modifiers left out are removed */
                        modifiers?: {
                            /** @description keep this existing modifier (update only); without an id a new one is made */
                            id?: string;
                            name: string;
                            /** @description minor units added to the unit price (may be negative) */
                            price_delta: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description mgr_… id
                             * @example mgr_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "modifier_group";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            name: string;
                            min_select: number;
                            max_select: number;
                            modifiers: {
                                /**
                                 * @description mod_… id
                                 * @example mod_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                /** @description added to the unit price, minor units (may be negative) */
                                price_delta: number;
                            }[];
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search customers
         * @description Customers of the business in creation order. `query` finds those whose name, email or phone contains it (case-insensitive; a phone by its digits, so "030 1234" finds "+49 30 1234…").
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    /** @description matches name, email or phone (case-insensitive, anywhere in them; phone by its digits) */
                    query?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /**
                                 * @description cus_… id
                                 * @example cus_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "customer";
                                name: string | null;
                                email: string | null;
                                phone: string | null;
                                /** @description for staff; never printed on receipts */
                                note: string;
                                /** @description false for a test-mode customer (created with a pos_test_ key) */
                                livemode: boolean;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            next_cursor: string | null;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a customer
         * @description At least one of name, email and phone (else 422 `customer_contact_required`). Emails are stored lower-case. Emits `customer.created`; tills get the customer on their next pull.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description At least one of name, email and phone. */
            requestBody: {
                content: {
                    "application/json": {
                        name?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description cus_… id
                             * @example cus_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "customer";
                            name: string | null;
                            email: string | null;
                            phone: string | null;
                            /** @description for staff; never printed on receipts */
                            note: string;
                            /** @description false for a test-mode customer (created with a pos_test_ key) */
                            livemode: boolean;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a customer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description cus_… id
                             * @example cus_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "customer";
                            name: string | null;
                            email: string | null;
                            phone: string | null;
                            /** @description for staff; never printed on receipts */
                            note: string;
                            /** @description false for a test-mode customer (created with a pos_test_ key) */
                            livemode: boolean;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a customer
         * @description Only the fields sent change; `null` clears one. Emits `customer.updated` with `previous_attributes` (no event when nothing changed).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description Only the fields sent change; null clears one (at least one of name, email and phone must remain). */
            requestBody: {
                content: {
                    "application/json": {
                        name?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description cus_… id
                             * @example cus_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "customer";
                            name: string | null;
                            email: string | null;
                            phone: string | null;
                            /** @description for staff; never printed on receipts */
                            note: string;
                            /** @description false for a test-mode customer (created with a pos_test_ key) */
                            livemode: boolean;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders, newest first
         * @description Till sales (`source: "till"`) and API orders of the locations this key may access.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    location_id?: string;
                    status?: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                    /** @description RFC 3339 */
                    created_since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "order";
                                /**
                                 * @description loc_… id
                                 * @example loc_01JD0000000000000000000000
                                 */
                                location_id: string;
                                source: "till" | "api";
                                device_id: string | null;
                                staff_id: string | null;
                                /** @description human order number, printed on receipts */
                                number: string;
                                /** @enum {unknown} */
                                status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                                currency: string;
                                tax_mode: "inclusive" | "exclusive";
                                lines: {
                                    /**
                                     * @description lin_… id
                                     * @example lin_01JD0000000000000000000000
                                     */
                                    id: string;
                                    product_id: string | null;
                                    name: string;
                                    quantity: number;
                                    /** @description product price before modifiers */
                                    base_price: number;
                                    /** @description product price plus modifier deltas */
                                    unit_price: number;
                                    modifiers: {
                                        id: string;
                                        name: string;
                                        /** @description integer minor units (cents) */
                                        price_delta: number;
                                    }[];
                                    discount: ({
                                        /** @enum {string} */
                                        kind: "percent";
                                        /** @description 1000 = 10 % */
                                        basis_points: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "amount";
                                        /** @description integer minor units (cents) */
                                        amount: number;
                                    }) | null;
                                    /** @description unit_price × quantity */
                                    gross_before_discount: number;
                                    /** @description integer minor units (cents) */
                                    line_discount: number;
                                    /** @description integer minor units (cents) */
                                    order_discount_share: number;
                                    /** @description after discounts, in the location's tax mode */
                                    subtotal: number;
                                    /** @description integer minor units (cents) */
                                    net: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                    /** @description what the customer pays for this line */
                                    total: number;
                                    tax_rate_id: string;
                                    rate_ppm: number;
                                    note: string | null;
                                    weight: {
                                        /** @description weight sold (gross minus tare), grams */
                                        net_grams: number;
                                        /** @description container weight taken off, grams */
                                        tare_grams: number;
                                        /** @description price per kilogram, in the location's tax mode */
                                        price_per_kg: number;
                                    } | null;
                                    price_override: {
                                        /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                                        original_price: number;
                                        approved_by: string | null;
                                    } | null;
                                }[];
                                discount: ({
                                    /** @enum {string} */
                                    kind: "percent";
                                    /** @description 1000 = 10 % */
                                    basis_points: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "amount";
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                }) | null;
                                /** OrderTotals */
                                totals: {
                                    /** @description Σ unit_price × quantity, in the location's tax mode */
                                    subtotal: number;
                                    /** @description integer minor units (cents) */
                                    discount_total: number;
                                    /** @description integer minor units (cents) */
                                    tax_total: number;
                                    /** @description integer minor units (cents) */
                                    net_total: number;
                                    /** @description what the customer pays */
                                    total: number;
                                    /** @description Σ amount of succeeded payments, tips excluded */
                                    amount_paid: number;
                                    /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                                    tip: number;
                                    /** @description amount_paid + tip: all the money taken for the order */
                                    amount_collected: number;
                                    /** @description integer minor units (cents) */
                                    amount_refunded: number;
                                    /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                                    tip_refunded?: number;
                                    /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                                    balance_due: number;
                                };
                                tax_breakdown: {
                                    tax_rate_id: string;
                                    rate_ppm: number;
                                    /** @description integer minor units (cents) */
                                    net: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                    /** @description integer minor units (cents) */
                                    gross: number;
                                }[];
                                payments: {
                                    /**
                                     * @description pay_… id
                                     * @example pay_01JD0000000000000000000000
                                     */
                                    id: string;
                                    /** @enum {string} */
                                    object: "payment";
                                    /**
                                     * @description ord_… id
                                     * @example ord_01JD0000000000000000000000
                                     */
                                    order_id: string;
                                    /** @enum {unknown} */
                                    method: "cash" | "card" | "external";
                                    /** @enum {unknown} */
                                    status: "succeeded" | "failed" | "pending";
                                    /** @description applied to the order, tip excluded */
                                    amount: number;
                                    /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                                    tip: number;
                                    tendered: number | null;
                                    change: number | null;
                                    reference: string | null;
                                    card: {
                                        [key: string]: unknown;
                                    } | null;
                                    device_id: string | null;
                                    /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                                    amount_refunded?: number;
                                    /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                                    tip_refunded?: number;
                                    /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                                    failure_code?: string;
                                    /** @description failed payments only */
                                    failure_message?: string;
                                    /** @description the order's mode: false for test mode */
                                    livemode: boolean;
                                    /** Format: date-time */
                                    occurred_at: string;
                                    /** Format: date-time */
                                    created_at: string;
                                }[];
                                refunds: {
                                    /**
                                     * @description ref_… id
                                     * @example ref_01JD0000000000000000000000
                                     */
                                    id: string;
                                    /** @enum {string} */
                                    object: "refund";
                                    /**
                                     * @description ord_… id
                                     * @example ord_01JD0000000000000000000000
                                     */
                                    order_id: string;
                                    payment_id: string | null;
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                    /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                                    tip?: number;
                                    reason: string;
                                    lines: {
                                        line_id: string;
                                        quantity: number;
                                        /** @description integer minor units (cents) */
                                        amount: number;
                                        /** @description integer minor units (cents) */
                                        tax: number;
                                    }[];
                                    tax_breakdown: {
                                        tax_rate_id: string;
                                        rate_ppm: number;
                                        /** @description integer minor units (cents) */
                                        net: number;
                                        /** @description integer minor units (cents) */
                                        tax: number;
                                        /** @description integer minor units (cents) */
                                        gross: number;
                                    }[];
                                    device_id: string | null;
                                    /** @description the order's mode: false for test mode */
                                    livemode: boolean;
                                    /** Format: date-time */
                                    occurred_at: string;
                                    /** Format: date-time */
                                    created_at: string;
                                }[];
                                external_ref: string | null;
                                customer_note: string | null;
                                customer_id: string | null;
                                /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                                livemode: boolean;
                                /**
                                 * Format: date-time
                                 * @description when it happened (the till clock for till sales)
                                 */
                                occurred_at: string;
                                /**
                                 * Format: date-time
                                 * @description when the cloud stored it
                                 */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                                voided_at: string | null;
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            next_cursor: string | null;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an order
         * @description Unit prices and modifier price deltas come from the product rows; money the client sends (`price`, `unit_price`, `amount`, `total`, `subtotal`, `tax`, …) is ignored and named in the `X-Pos-Ignored-Fields` response header. An unknown product or a product of another location is a 422. Emits `order.created`; the order appears on the location’s tills as an open order.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description Unit prices and modifier deltas come from the product rows; money fields a client adds are ignored (see X-Pos-Ignored-Fields). */
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "location_id": "loc_0A0EM6WFS13V7E16YGSC6WY44Q",
                     *       "items": [
                     *         {
                     *           "product_id": "prd_091379SR830TGGM97GJDYX6PX2",
                     *           "quantity": 2
                     *         },
                     *         {
                     *           "product_id": "prd_0099M3B27616AV8S67PDYDY13E",
                     *           "quantity": 1,
                     *           "modifier_ids": [
                     *             "mod_07FND70W0PAQ4RCXFW5RCA8VA8"
                     *           ],
                     *           "note": "extra hot"
                     *         }
                     *       ],
                     *       "customer_note": "Pick-up at 9:00",
                     *       "external_ref": "webshop-1001"
                     *     }
                     */
                    "application/json": {
                        location_id: string;
                        items: {
                            product_id: string;
                            quantity: number;
                            modifier_ids?: string[];
                            note?: string;
                        }[];
                        customer_note?: string;
                        external_ref?: string;
                        /** @description a customer of the business (cus_…) */
                        customer_id?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description ord_… id
                             * @example ord_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "order";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            source: "till" | "api";
                            device_id: string | null;
                            staff_id: string | null;
                            /** @description human order number, printed on receipts */
                            number: string;
                            /** @enum {unknown} */
                            status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                            currency: string;
                            tax_mode: "inclusive" | "exclusive";
                            lines: {
                                /**
                                 * @description lin_… id
                                 * @example lin_01JD0000000000000000000000
                                 */
                                id: string;
                                product_id: string | null;
                                name: string;
                                quantity: number;
                                /** @description product price before modifiers */
                                base_price: number;
                                /** @description product price plus modifier deltas */
                                unit_price: number;
                                modifiers: {
                                    id: string;
                                    name: string;
                                    /** @description integer minor units (cents) */
                                    price_delta: number;
                                }[];
                                discount: ({
                                    /** @enum {string} */
                                    kind: "percent";
                                    /** @description 1000 = 10 % */
                                    basis_points: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "amount";
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                }) | null;
                                /** @description unit_price × quantity */
                                gross_before_discount: number;
                                /** @description integer minor units (cents) */
                                line_discount: number;
                                /** @description integer minor units (cents) */
                                order_discount_share: number;
                                /** @description after discounts, in the location's tax mode */
                                subtotal: number;
                                /** @description integer minor units (cents) */
                                net: number;
                                /** @description integer minor units (cents) */
                                tax: number;
                                /** @description what the customer pays for this line */
                                total: number;
                                tax_rate_id: string;
                                rate_ppm: number;
                                note: string | null;
                                weight: {
                                    /** @description weight sold (gross minus tare), grams */
                                    net_grams: number;
                                    /** @description container weight taken off, grams */
                                    tare_grams: number;
                                    /** @description price per kilogram, in the location's tax mode */
                                    price_per_kg: number;
                                } | null;
                                price_override: {
                                    /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                                    original_price: number;
                                    approved_by: string | null;
                                } | null;
                            }[];
                            discount: ({
                                /** @enum {string} */
                                kind: "percent";
                                /** @description 1000 = 10 % */
                                basis_points: number;
                            } | {
                                /** @enum {string} */
                                kind: "amount";
                                /** @description integer minor units (cents) */
                                amount: number;
                            }) | null;
                            /** OrderTotals */
                            totals: {
                                /** @description Σ unit_price × quantity, in the location's tax mode */
                                subtotal: number;
                                /** @description integer minor units (cents) */
                                discount_total: number;
                                /** @description integer minor units (cents) */
                                tax_total: number;
                                /** @description integer minor units (cents) */
                                net_total: number;
                                /** @description what the customer pays */
                                total: number;
                                /** @description Σ amount of succeeded payments, tips excluded */
                                amount_paid: number;
                                /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                                tip: number;
                                /** @description amount_paid + tip: all the money taken for the order */
                                amount_collected: number;
                                /** @description integer minor units (cents) */
                                amount_refunded: number;
                                /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                                tip_refunded?: number;
                                /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                                balance_due: number;
                            };
                            tax_breakdown: {
                                tax_rate_id: string;
                                rate_ppm: number;
                                /** @description integer minor units (cents) */
                                net: number;
                                /** @description integer minor units (cents) */
                                tax: number;
                                /** @description integer minor units (cents) */
                                gross: number;
                            }[];
                            payments: {
                                /**
                                 * @description pay_… id
                                 * @example pay_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "payment";
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                order_id: string;
                                /** @enum {unknown} */
                                method: "cash" | "card" | "external";
                                /** @enum {unknown} */
                                status: "succeeded" | "failed" | "pending";
                                /** @description applied to the order, tip excluded */
                                amount: number;
                                /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                                tip: number;
                                tendered: number | null;
                                change: number | null;
                                reference: string | null;
                                card: {
                                    [key: string]: unknown;
                                } | null;
                                device_id: string | null;
                                /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                                amount_refunded?: number;
                                /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                                tip_refunded?: number;
                                /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                                failure_code?: string;
                                /** @description failed payments only */
                                failure_message?: string;
                                /** @description the order's mode: false for test mode */
                                livemode: boolean;
                                /** Format: date-time */
                                occurred_at: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            refunds: {
                                /**
                                 * @description ref_… id
                                 * @example ref_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "refund";
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                order_id: string;
                                payment_id: string | null;
                                /** @description integer minor units (cents) */
                                amount: number;
                                /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                                tip?: number;
                                reason: string;
                                lines: {
                                    line_id: string;
                                    quantity: number;
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                }[];
                                tax_breakdown: {
                                    tax_rate_id: string;
                                    rate_ppm: number;
                                    /** @description integer minor units (cents) */
                                    net: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                    /** @description integer minor units (cents) */
                                    gross: number;
                                }[];
                                device_id: string | null;
                                /** @description the order's mode: false for test mode */
                                livemode: boolean;
                                /** Format: date-time */
                                occurred_at: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            external_ref: string | null;
                            customer_note: string | null;
                            customer_id: string | null;
                            /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                            livemode: boolean;
                            /**
                             * Format: date-time
                             * @description when it happened (the till clock for till sales)
                             */
                            occurred_at: string;
                            /**
                             * Format: date-time
                             * @description when the cloud stored it
                             */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            voided_at: string | null;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description ord_… id
                             * @example ord_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "order";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            source: "till" | "api";
                            device_id: string | null;
                            staff_id: string | null;
                            /** @description human order number, printed on receipts */
                            number: string;
                            /** @enum {unknown} */
                            status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                            currency: string;
                            tax_mode: "inclusive" | "exclusive";
                            lines: {
                                /**
                                 * @description lin_… id
                                 * @example lin_01JD0000000000000000000000
                                 */
                                id: string;
                                product_id: string | null;
                                name: string;
                                quantity: number;
                                /** @description product price before modifiers */
                                base_price: number;
                                /** @description product price plus modifier deltas */
                                unit_price: number;
                                modifiers: {
                                    id: string;
                                    name: string;
                                    /** @description integer minor units (cents) */
                                    price_delta: number;
                                }[];
                                discount: ({
                                    /** @enum {string} */
                                    kind: "percent";
                                    /** @description 1000 = 10 % */
                                    basis_points: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "amount";
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                }) | null;
                                /** @description unit_price × quantity */
                                gross_before_discount: number;
                                /** @description integer minor units (cents) */
                                line_discount: number;
                                /** @description integer minor units (cents) */
                                order_discount_share: number;
                                /** @description after discounts, in the location's tax mode */
                                subtotal: number;
                                /** @description integer minor units (cents) */
                                net: number;
                                /** @description integer minor units (cents) */
                                tax: number;
                                /** @description what the customer pays for this line */
                                total: number;
                                tax_rate_id: string;
                                rate_ppm: number;
                                note: string | null;
                                weight: {
                                    /** @description weight sold (gross minus tare), grams */
                                    net_grams: number;
                                    /** @description container weight taken off, grams */
                                    tare_grams: number;
                                    /** @description price per kilogram, in the location's tax mode */
                                    price_per_kg: number;
                                } | null;
                                price_override: {
                                    /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                                    original_price: number;
                                    approved_by: string | null;
                                } | null;
                            }[];
                            discount: ({
                                /** @enum {string} */
                                kind: "percent";
                                /** @description 1000 = 10 % */
                                basis_points: number;
                            } | {
                                /** @enum {string} */
                                kind: "amount";
                                /** @description integer minor units (cents) */
                                amount: number;
                            }) | null;
                            /** OrderTotals */
                            totals: {
                                /** @description Σ unit_price × quantity, in the location's tax mode */
                                subtotal: number;
                                /** @description integer minor units (cents) */
                                discount_total: number;
                                /** @description integer minor units (cents) */
                                tax_total: number;
                                /** @description integer minor units (cents) */
                                net_total: number;
                                /** @description what the customer pays */
                                total: number;
                                /** @description Σ amount of succeeded payments, tips excluded */
                                amount_paid: number;
                                /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                                tip: number;
                                /** @description amount_paid + tip: all the money taken for the order */
                                amount_collected: number;
                                /** @description integer minor units (cents) */
                                amount_refunded: number;
                                /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                                tip_refunded?: number;
                                /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                                balance_due: number;
                            };
                            tax_breakdown: {
                                tax_rate_id: string;
                                rate_ppm: number;
                                /** @description integer minor units (cents) */
                                net: number;
                                /** @description integer minor units (cents) */
                                tax: number;
                                /** @description integer minor units (cents) */
                                gross: number;
                            }[];
                            payments: {
                                /**
                                 * @description pay_… id
                                 * @example pay_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "payment";
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                order_id: string;
                                /** @enum {unknown} */
                                method: "cash" | "card" | "external";
                                /** @enum {unknown} */
                                status: "succeeded" | "failed" | "pending";
                                /** @description applied to the order, tip excluded */
                                amount: number;
                                /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                                tip: number;
                                tendered: number | null;
                                change: number | null;
                                reference: string | null;
                                card: {
                                    [key: string]: unknown;
                                } | null;
                                device_id: string | null;
                                /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                                amount_refunded?: number;
                                /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                                tip_refunded?: number;
                                /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                                failure_code?: string;
                                /** @description failed payments only */
                                failure_message?: string;
                                /** @description the order's mode: false for test mode */
                                livemode: boolean;
                                /** Format: date-time */
                                occurred_at: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            refunds: {
                                /**
                                 * @description ref_… id
                                 * @example ref_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "refund";
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                order_id: string;
                                payment_id: string | null;
                                /** @description integer minor units (cents) */
                                amount: number;
                                /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                                tip?: number;
                                reason: string;
                                lines: {
                                    line_id: string;
                                    quantity: number;
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                }[];
                                tax_breakdown: {
                                    tax_rate_id: string;
                                    rate_ppm: number;
                                    /** @description integer minor units (cents) */
                                    net: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                    /** @description integer minor units (cents) */
                                    gross: number;
                                }[];
                                device_id: string | null;
                                /** @description the order's mode: false for test mode */
                                livemode: boolean;
                                /** Format: date-time */
                                occurred_at: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            external_ref: string | null;
                            customer_note: string | null;
                            customer_id: string | null;
                            /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                            livemode: boolean;
                            /**
                             * Format: date-time
                             * @description when it happened (the till clock for till sales)
                             */
                            occurred_at: string;
                            /**
                             * Format: date-time
                             * @description when the cloud stored it
                             */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            voided_at: string | null;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an external payment
         * @description Money taken outside the POS (e.g. an online shop). `amount` ≤ the balance due; an optional `tip` comes on top (not taxed, not in the order total; all tips on an order at most 100 % of its total, else 400 `tip_exceeds_cap`). Emits `payment.succeeded`, then `order.paid` once fully paid (else `order.updated`). Returns the order. With `status: "failed"` it records an attempt that took no money: emits `payment.failed` (with `failure_code`/`failure_message`) and leaves the order as it was.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description minor units; at most the balance due */
                        amount: number;
                        /** @description minor units on top of amount (default 0); all tips on an order at most 100 % of its total */
                        tip?: number;
                        /** @enum {string} */
                        method: "external";
                        reference?: string;
                        /**
                         * @description default succeeded; "failed" records an attempt that took no money (emits payment.failed, the order is unchanged)
                         * @enum {unknown}
                         */
                        status?: "succeeded" | "failed";
                        /** @description with status "failed": a machine-readable reason, e.g. card_declined (default payment_failed) */
                        failure_code?: string;
                        /** @description with status "failed": what the payer was told */
                        failure_message?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description ord_… id
                             * @example ord_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "order";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            source: "till" | "api";
                            device_id: string | null;
                            staff_id: string | null;
                            /** @description human order number, printed on receipts */
                            number: string;
                            /** @enum {unknown} */
                            status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                            currency: string;
                            tax_mode: "inclusive" | "exclusive";
                            lines: {
                                /**
                                 * @description lin_… id
                                 * @example lin_01JD0000000000000000000000
                                 */
                                id: string;
                                product_id: string | null;
                                name: string;
                                quantity: number;
                                /** @description product price before modifiers */
                                base_price: number;
                                /** @description product price plus modifier deltas */
                                unit_price: number;
                                modifiers: {
                                    id: string;
                                    name: string;
                                    /** @description integer minor units (cents) */
                                    price_delta: number;
                                }[];
                                discount: ({
                                    /** @enum {string} */
                                    kind: "percent";
                                    /** @description 1000 = 10 % */
                                    basis_points: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "amount";
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                }) | null;
                                /** @description unit_price × quantity */
                                gross_before_discount: number;
                                /** @description integer minor units (cents) */
                                line_discount: number;
                                /** @description integer minor units (cents) */
                                order_discount_share: number;
                                /** @description after discounts, in the location's tax mode */
                                subtotal: number;
                                /** @description integer minor units (cents) */
                                net: number;
                                /** @description integer minor units (cents) */
                                tax: number;
                                /** @description what the customer pays for this line */
                                total: number;
                                tax_rate_id: string;
                                rate_ppm: number;
                                note: string | null;
                                weight: {
                                    /** @description weight sold (gross minus tare), grams */
                                    net_grams: number;
                                    /** @description container weight taken off, grams */
                                    tare_grams: number;
                                    /** @description price per kilogram, in the location's tax mode */
                                    price_per_kg: number;
                                } | null;
                                price_override: {
                                    /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                                    original_price: number;
                                    approved_by: string | null;
                                } | null;
                            }[];
                            discount: ({
                                /** @enum {string} */
                                kind: "percent";
                                /** @description 1000 = 10 % */
                                basis_points: number;
                            } | {
                                /** @enum {string} */
                                kind: "amount";
                                /** @description integer minor units (cents) */
                                amount: number;
                            }) | null;
                            /** OrderTotals */
                            totals: {
                                /** @description Σ unit_price × quantity, in the location's tax mode */
                                subtotal: number;
                                /** @description integer minor units (cents) */
                                discount_total: number;
                                /** @description integer minor units (cents) */
                                tax_total: number;
                                /** @description integer minor units (cents) */
                                net_total: number;
                                /** @description what the customer pays */
                                total: number;
                                /** @description Σ amount of succeeded payments, tips excluded */
                                amount_paid: number;
                                /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                                tip: number;
                                /** @description amount_paid + tip: all the money taken for the order */
                                amount_collected: number;
                                /** @description integer minor units (cents) */
                                amount_refunded: number;
                                /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                                tip_refunded?: number;
                                /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                                balance_due: number;
                            };
                            tax_breakdown: {
                                tax_rate_id: string;
                                rate_ppm: number;
                                /** @description integer minor units (cents) */
                                net: number;
                                /** @description integer minor units (cents) */
                                tax: number;
                                /** @description integer minor units (cents) */
                                gross: number;
                            }[];
                            payments: {
                                /**
                                 * @description pay_… id
                                 * @example pay_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "payment";
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                order_id: string;
                                /** @enum {unknown} */
                                method: "cash" | "card" | "external";
                                /** @enum {unknown} */
                                status: "succeeded" | "failed" | "pending";
                                /** @description applied to the order, tip excluded */
                                amount: number;
                                /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                                tip: number;
                                tendered: number | null;
                                change: number | null;
                                reference: string | null;
                                card: {
                                    [key: string]: unknown;
                                } | null;
                                device_id: string | null;
                                /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                                amount_refunded?: number;
                                /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                                tip_refunded?: number;
                                /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                                failure_code?: string;
                                /** @description failed payments only */
                                failure_message?: string;
                                /** @description the order's mode: false for test mode */
                                livemode: boolean;
                                /** Format: date-time */
                                occurred_at: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            refunds: {
                                /**
                                 * @description ref_… id
                                 * @example ref_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "refund";
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                order_id: string;
                                payment_id: string | null;
                                /** @description integer minor units (cents) */
                                amount: number;
                                /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                                tip?: number;
                                reason: string;
                                lines: {
                                    line_id: string;
                                    quantity: number;
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                }[];
                                tax_breakdown: {
                                    tax_rate_id: string;
                                    rate_ppm: number;
                                    /** @description integer minor units (cents) */
                                    net: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                    /** @description integer minor units (cents) */
                                    gross: number;
                                }[];
                                device_id: string | null;
                                /** @description the order's mode: false for test mode */
                                livemode: boolean;
                                /** Format: date-time */
                                occurred_at: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            external_ref: string | null;
                            customer_note: string | null;
                            customer_id: string | null;
                            /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                            livemode: boolean;
                            /**
                             * Format: date-time
                             * @description when it happened (the till clock for till sales)
                             */
                            occurred_at: string;
                            /**
                             * Format: date-time
                             * @description when the cloud stored it
                             */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            voided_at: string | null;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund an order
         * @description By `lines` (their value), by `amount`, or both (an amount up to the lines’ value); with neither, everything still refundable. Never more than was paid; tips are never refunded (`tip` in the body is a 400 `tip_not_refundable`). Emits `order.refunded`. Returns the order.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description minor units; default: the value of `lines`, or everything refundable */
                        amount?: number;
                        lines?: {
                            line_id: string;
                            quantity: number;
                        }[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description ord_… id
                             * @example ord_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "order";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            source: "till" | "api";
                            device_id: string | null;
                            staff_id: string | null;
                            /** @description human order number, printed on receipts */
                            number: string;
                            /** @enum {unknown} */
                            status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                            currency: string;
                            tax_mode: "inclusive" | "exclusive";
                            lines: {
                                /**
                                 * @description lin_… id
                                 * @example lin_01JD0000000000000000000000
                                 */
                                id: string;
                                product_id: string | null;
                                name: string;
                                quantity: number;
                                /** @description product price before modifiers */
                                base_price: number;
                                /** @description product price plus modifier deltas */
                                unit_price: number;
                                modifiers: {
                                    id: string;
                                    name: string;
                                    /** @description integer minor units (cents) */
                                    price_delta: number;
                                }[];
                                discount: ({
                                    /** @enum {string} */
                                    kind: "percent";
                                    /** @description 1000 = 10 % */
                                    basis_points: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "amount";
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                }) | null;
                                /** @description unit_price × quantity */
                                gross_before_discount: number;
                                /** @description integer minor units (cents) */
                                line_discount: number;
                                /** @description integer minor units (cents) */
                                order_discount_share: number;
                                /** @description after discounts, in the location's tax mode */
                                subtotal: number;
                                /** @description integer minor units (cents) */
                                net: number;
                                /** @description integer minor units (cents) */
                                tax: number;
                                /** @description what the customer pays for this line */
                                total: number;
                                tax_rate_id: string;
                                rate_ppm: number;
                                note: string | null;
                                weight: {
                                    /** @description weight sold (gross minus tare), grams */
                                    net_grams: number;
                                    /** @description container weight taken off, grams */
                                    tare_grams: number;
                                    /** @description price per kilogram, in the location's tax mode */
                                    price_per_kg: number;
                                } | null;
                                price_override: {
                                    /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                                    original_price: number;
                                    approved_by: string | null;
                                } | null;
                            }[];
                            discount: ({
                                /** @enum {string} */
                                kind: "percent";
                                /** @description 1000 = 10 % */
                                basis_points: number;
                            } | {
                                /** @enum {string} */
                                kind: "amount";
                                /** @description integer minor units (cents) */
                                amount: number;
                            }) | null;
                            /** OrderTotals */
                            totals: {
                                /** @description Σ unit_price × quantity, in the location's tax mode */
                                subtotal: number;
                                /** @description integer minor units (cents) */
                                discount_total: number;
                                /** @description integer minor units (cents) */
                                tax_total: number;
                                /** @description integer minor units (cents) */
                                net_total: number;
                                /** @description what the customer pays */
                                total: number;
                                /** @description Σ amount of succeeded payments, tips excluded */
                                amount_paid: number;
                                /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                                tip: number;
                                /** @description amount_paid + tip: all the money taken for the order */
                                amount_collected: number;
                                /** @description integer minor units (cents) */
                                amount_refunded: number;
                                /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                                tip_refunded?: number;
                                /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                                balance_due: number;
                            };
                            tax_breakdown: {
                                tax_rate_id: string;
                                rate_ppm: number;
                                /** @description integer minor units (cents) */
                                net: number;
                                /** @description integer minor units (cents) */
                                tax: number;
                                /** @description integer minor units (cents) */
                                gross: number;
                            }[];
                            payments: {
                                /**
                                 * @description pay_… id
                                 * @example pay_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "payment";
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                order_id: string;
                                /** @enum {unknown} */
                                method: "cash" | "card" | "external";
                                /** @enum {unknown} */
                                status: "succeeded" | "failed" | "pending";
                                /** @description applied to the order, tip excluded */
                                amount: number;
                                /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                                tip: number;
                                tendered: number | null;
                                change: number | null;
                                reference: string | null;
                                card: {
                                    [key: string]: unknown;
                                } | null;
                                device_id: string | null;
                                /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                                amount_refunded?: number;
                                /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                                tip_refunded?: number;
                                /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                                failure_code?: string;
                                /** @description failed payments only */
                                failure_message?: string;
                                /** @description the order's mode: false for test mode */
                                livemode: boolean;
                                /** Format: date-time */
                                occurred_at: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            refunds: {
                                /**
                                 * @description ref_… id
                                 * @example ref_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "refund";
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                order_id: string;
                                payment_id: string | null;
                                /** @description integer minor units (cents) */
                                amount: number;
                                /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                                tip?: number;
                                reason: string;
                                lines: {
                                    line_id: string;
                                    quantity: number;
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                }[];
                                tax_breakdown: {
                                    tax_rate_id: string;
                                    rate_ppm: number;
                                    /** @description integer minor units (cents) */
                                    net: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                    /** @description integer minor units (cents) */
                                    gross: number;
                                }[];
                                device_id: string | null;
                                /** @description the order's mode: false for test mode */
                                livemode: boolean;
                                /** Format: date-time */
                                occurred_at: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            external_ref: string | null;
                            customer_note: string | null;
                            customer_id: string | null;
                            /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                            livemode: boolean;
                            /**
                             * Format: date-time
                             * @description when it happened (the till clock for till sales)
                             */
                            occurred_at: string;
                            /**
                             * Format: date-time
                             * @description when the cloud stored it
                             */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            voided_at: string | null;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order
         * @description Cancels an open, part-paid, paid or part-refunded order (API or till): money still held is refunded to the payments it came from, newest first (`payment.updated` per payment, then `order.refunded`), then the order is voided and `order.cancelled` is emitted. The whole charge goes back, tip included: each refund carries its payment's `tip` and every payment ends with `tip_refunded` = `tip`. The body is optional. A voided or fully refunded order answers 409. Returns the order.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "customer changed their mind"
                     *     }
                     */
                    "application/json": {
                        /** @description why; kept on the order and sent as data.reason of order.cancelled */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description ord_… id
                             * @example ord_01JD0000000000000000000000
                             */
                            id: string;
                            /** @enum {string} */
                            object: "order";
                            /**
                             * @description loc_… id
                             * @example loc_01JD0000000000000000000000
                             */
                            location_id: string;
                            source: "till" | "api";
                            device_id: string | null;
                            staff_id: string | null;
                            /** @description human order number, printed on receipts */
                            number: string;
                            /** @enum {unknown} */
                            status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                            currency: string;
                            tax_mode: "inclusive" | "exclusive";
                            lines: {
                                /**
                                 * @description lin_… id
                                 * @example lin_01JD0000000000000000000000
                                 */
                                id: string;
                                product_id: string | null;
                                name: string;
                                quantity: number;
                                /** @description product price before modifiers */
                                base_price: number;
                                /** @description product price plus modifier deltas */
                                unit_price: number;
                                modifiers: {
                                    id: string;
                                    name: string;
                                    /** @description integer minor units (cents) */
                                    price_delta: number;
                                }[];
                                discount: ({
                                    /** @enum {string} */
                                    kind: "percent";
                                    /** @description 1000 = 10 % */
                                    basis_points: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "amount";
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                }) | null;
                                /** @description unit_price × quantity */
                                gross_before_discount: number;
                                /** @description integer minor units (cents) */
                                line_discount: number;
                                /** @description integer minor units (cents) */
                                order_discount_share: number;
                                /** @description after discounts, in the location's tax mode */
                                subtotal: number;
                                /** @description integer minor units (cents) */
                                net: number;
                                /** @description integer minor units (cents) */
                                tax: number;
                                /** @description what the customer pays for this line */
                                total: number;
                                tax_rate_id: string;
                                rate_ppm: number;
                                note: string | null;
                                weight: {
                                    /** @description weight sold (gross minus tare), grams */
                                    net_grams: number;
                                    /** @description container weight taken off, grams */
                                    tare_grams: number;
                                    /** @description price per kilogram, in the location's tax mode */
                                    price_per_kg: number;
                                } | null;
                                price_override: {
                                    /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                                    original_price: number;
                                    approved_by: string | null;
                                } | null;
                            }[];
                            discount: ({
                                /** @enum {string} */
                                kind: "percent";
                                /** @description 1000 = 10 % */
                                basis_points: number;
                            } | {
                                /** @enum {string} */
                                kind: "amount";
                                /** @description integer minor units (cents) */
                                amount: number;
                            }) | null;
                            /** OrderTotals */
                            totals: {
                                /** @description Σ unit_price × quantity, in the location's tax mode */
                                subtotal: number;
                                /** @description integer minor units (cents) */
                                discount_total: number;
                                /** @description integer minor units (cents) */
                                tax_total: number;
                                /** @description integer minor units (cents) */
                                net_total: number;
                                /** @description what the customer pays */
                                total: number;
                                /** @description Σ amount of succeeded payments, tips excluded */
                                amount_paid: number;
                                /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                                tip: number;
                                /** @description amount_paid + tip: all the money taken for the order */
                                amount_collected: number;
                                /** @description integer minor units (cents) */
                                amount_refunded: number;
                                /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                                tip_refunded?: number;
                                /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                                balance_due: number;
                            };
                            tax_breakdown: {
                                tax_rate_id: string;
                                rate_ppm: number;
                                /** @description integer minor units (cents) */
                                net: number;
                                /** @description integer minor units (cents) */
                                tax: number;
                                /** @description integer minor units (cents) */
                                gross: number;
                            }[];
                            payments: {
                                /**
                                 * @description pay_… id
                                 * @example pay_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "payment";
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                order_id: string;
                                /** @enum {unknown} */
                                method: "cash" | "card" | "external";
                                /** @enum {unknown} */
                                status: "succeeded" | "failed" | "pending";
                                /** @description applied to the order, tip excluded */
                                amount: number;
                                /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                                tip: number;
                                tendered: number | null;
                                change: number | null;
                                reference: string | null;
                                card: {
                                    [key: string]: unknown;
                                } | null;
                                device_id: string | null;
                                /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                                amount_refunded?: number;
                                /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                                tip_refunded?: number;
                                /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                                failure_code?: string;
                                /** @description failed payments only */
                                failure_message?: string;
                                /** @description the order's mode: false for test mode */
                                livemode: boolean;
                                /** Format: date-time */
                                occurred_at: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            refunds: {
                                /**
                                 * @description ref_… id
                                 * @example ref_01JD0000000000000000000000
                                 */
                                id: string;
                                /** @enum {string} */
                                object: "refund";
                                /**
                                 * @description ord_… id
                                 * @example ord_01JD0000000000000000000000
                                 */
                                order_id: string;
                                payment_id: string | null;
                                /** @description integer minor units (cents) */
                                amount: number;
                                /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                                tip?: number;
                                reason: string;
                                lines: {
                                    line_id: string;
                                    quantity: number;
                                    /** @description integer minor units (cents) */
                                    amount: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                }[];
                                tax_breakdown: {
                                    tax_rate_id: string;
                                    rate_ppm: number;
                                    /** @description integer minor units (cents) */
                                    net: number;
                                    /** @description integer minor units (cents) */
                                    tax: number;
                                    /** @description integer minor units (cents) */
                                    gross: number;
                                }[];
                                device_id: string | null;
                                /** @description the order's mode: false for test mode */
                                livemode: boolean;
                                /** Format: date-time */
                                occurred_at: string;
                                /** Format: date-time */
                                created_at: string;
                            }[];
                            external_ref: string | null;
                            customer_note: string | null;
                            customer_id: string | null;
                            /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                            livemode: boolean;
                            /**
                             * Format: date-time
                             * @description when it happened (the till clock for till sales)
                             */
                            occurred_at: string;
                            /**
                             * Format: date-time
                             * @description when the cloud stored it
                             */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            voided_at: string | null;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events (the events feed)
         * @description Committed events in feed order. Follow `next_cursor` (pass it as `since`) and you see every event exactly once, even while many writers commit out of order. `since` takes a cursor, an event id or an RFC 3339 time. Events without a location (business-wide) are visible to every key; others only to keys with that location. A live key reads live events, a `pos_test_` key test events (`livemode: false`) only. Kept 30 days.
         */
        get: {
            parameters: {
                query?: {
                    /** @description a cursor (next_cursor or an envelope's cursor), an event id, or an RFC 3339 time; absent = oldest retained event */
                    since?: string;
                    /** @description comma-separated event types, "*" or prefix wildcards ("order.*"), as in subscribed_events; an unknown one is a 400 listing the valid values */
                    types?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /** @description evt_… — unique; the same id on every delivery attempt and replay */
                                id: string;
                                /** @description noun.past_tense, e.g. order.paid */
                                type: string;
                                /**
                                 * Format: date-time
                                 * @description when the cloud recorded the event
                                 */
                                created_at: string;
                                /**
                                 * Format: date-time
                                 * @description when it happened (a till's clock for till sales)
                                 */
                                occurred_at: string;
                                /** @description this event's position in the events feed: pass it as ?since= to resume */
                                cursor: string;
                                api_version: string;
                                location_id: string | null;
                                device_id: string | null;
                                /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
                                livemode: boolean;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description pass as ?since= to continue; never null */
                            next_cursor: string;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an event
         * @description One event by id (`evt_…`, the `X-Pos-Event-Id` / `webhook-id` of a delivery), the same envelope as in the feed. 404 when it is unknown, older than the retention, or of a location the key may not access.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description evt_… — unique; the same id on every delivery attempt and replay */
                            id: string;
                            /** @description noun.past_tense, e.g. order.paid */
                            type: string;
                            /**
                             * Format: date-time
                             * @description when the cloud recorded the event
                             */
                            created_at: string;
                            /**
                             * Format: date-time
                             * @description when it happened (a till's clock for till sales)
                             */
                            occurred_at: string;
                            /** @description this event's position in the events feed: pass it as ?since= to resume */
                            cursor: string;
                            api_version: string;
                            location_id: string | null;
                            device_id: string | null;
                            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
                            livemode: boolean;
                            data: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /** @enum {string} */
                                object: "webhook_endpoint";
                                /**
                                 * @description whk_… id
                                 * @example whk_01JD0000000000000000000000
                                 */
                                id: string;
                                name: string;
                                url: string;
                                subscribed_events: string[];
                                /** @description full: the object in data.object; thin: data = {id, url} */
                                payload: "full" | "thin";
                                enabled: boolean;
                                disabled_reason: string | null;
                                disabled_at: string | null;
                                /** @description locations whose events it receives (those of the API key that created it) */
                                locations: "all" | string[];
                                /** @description custom headers sent on every delivery */
                                headers: {
                                    [key: string]: string;
                                };
                                /** @description false for a test-mode endpoint (created with a pos_test_ key): it receives test events only, signed with its own secret */
                                livemode: boolean;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            next_cursor: string | null;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a webhook endpoint
         * @description The response carries the signing `secret` (`whsec_…`); it is never shown again. The URL must be https and public.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description https URL that receives POSTs (http and private addresses only with POS_WEBHOOK_ALLOW_PRIVATE=1) */
                        url: string;
                        /** @description event types to receive: exact types, "*" = all, or prefix wildcards ("order.*" = every order event, including ones added later) */
                        subscribed_events: ("*" | "order.*" | "payment.*" | "product.*" | "tax_rate.*" | "category.*" | "modifier_group.*" | "location.*" | "customer.*" | "inventory.*" | "shift.*" | "device.*" | "webhook_endpoint.*" | "order.created" | "order.updated" | "order.paid" | "order.voided" | "order.refunded" | "order.cancelled" | "payment.succeeded" | "payment.failed" | "payment.updated" | "product.created" | "product.updated" | "product.deleted" | "tax_rate.created" | "tax_rate.updated" | "tax_rate.deleted" | "category.created" | "category.updated" | "category.deleted" | "modifier_group.created" | "modifier_group.updated" | "modifier_group.deleted" | "location.updated" | "customer.created" | "customer.updated" | "inventory.updated" | "inventory.low_stock" | "shift.closed" | "device.paired" | "webhook_endpoint.disabled")[];
                        /** @description full: the object in data.object; thin: data = {id, url} */
                        payload?: "full" | "thin";
                        enabled?: boolean;
                        /** @description your own signing secret instead of a generated one: "whsec_" + standard base64 of 24–64 random bytes (e.g. whsec_ + `openssl rand -base64 32`); refused with secret_format, secret_too_short, secret_too_long or secret_too_weak (fewer than 16 different byte values) */
                        secret?: string;
                        /** @description custom headers sent on every delivery, e.g. {"Authorization": "Bearer …"}: at most 20, names of 1–64 token characters, values of 1–1024 printable ASCII characters, 4 KB in all; Host, Content-Length, Content-Type, Content-Encoding, Transfer-Encoding, Connection, Keep-Alive, TE, Trailer, Upgrade, Expect, User-Agent and names starting with X-Pos-, Webhook-, Proxy- or Sec- are refused (header_reserved). On update the object replaces the whole set ({} removes all). */
                        headers?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "webhook_endpoint";
                            /**
                             * @description whk_… id
                             * @example whk_01JD0000000000000000000000
                             */
                            id: string;
                            name: string;
                            url: string;
                            subscribed_events: string[];
                            /** @description full: the object in data.object; thin: data = {id, url} */
                            payload: "full" | "thin";
                            enabled: boolean;
                            disabled_reason: string | null;
                            disabled_at: string | null;
                            /** @description locations whose events it receives (those of the API key that created it) */
                            locations: "all" | string[];
                            /** @description custom headers sent on every delivery */
                            headers: {
                                [key: string]: string;
                            };
                            /** @description false for a test-mode endpoint (created with a pos_test_ key): it receives test events only, signed with its own secret */
                            livemode: boolean;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            /** @description whsec_… signing secret; shown only in this response */
                            secret: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a webhook endpoint */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "webhook_endpoint";
                            /**
                             * @description whk_… id
                             * @example whk_01JD0000000000000000000000
                             */
                            id: string;
                            name: string;
                            url: string;
                            subscribed_events: string[];
                            /** @description full: the object in data.object; thin: data = {id, url} */
                            payload: "full" | "thin";
                            enabled: boolean;
                            disabled_reason: string | null;
                            disabled_at: string | null;
                            /** @description locations whose events it receives (those of the API key that created it) */
                            locations: "all" | string[];
                            /** @description custom headers sent on every delivery */
                            headers: {
                                [key: string]: string;
                            };
                            /** @description false for a test-mode endpoint (created with a pos_test_ key): it receives test events only, signed with its own secret */
                            livemode: boolean;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Its delivery log goes with it.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            object: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Change the URL, events, payload or name; `enabled:false` disables it (what was queued fails; replay later), `enabled:true` re-enables it.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description https URL that receives POSTs (http and private addresses only with POS_WEBHOOK_ALLOW_PRIVATE=1) */
                        url?: string;
                        /** @description event types to receive: exact types, "*" = all, or prefix wildcards ("order.*" = every order event, including ones added later) */
                        subscribed_events?: ("*" | "order.*" | "payment.*" | "product.*" | "tax_rate.*" | "category.*" | "modifier_group.*" | "location.*" | "customer.*" | "inventory.*" | "shift.*" | "device.*" | "webhook_endpoint.*" | "order.created" | "order.updated" | "order.paid" | "order.voided" | "order.refunded" | "order.cancelled" | "payment.succeeded" | "payment.failed" | "payment.updated" | "product.created" | "product.updated" | "product.deleted" | "tax_rate.created" | "tax_rate.updated" | "tax_rate.deleted" | "category.created" | "category.updated" | "category.deleted" | "modifier_group.created" | "modifier_group.updated" | "modifier_group.deleted" | "location.updated" | "customer.created" | "customer.updated" | "inventory.updated" | "inventory.low_stock" | "shift.closed" | "device.paired" | "webhook_endpoint.disabled")[];
                        /** @description full: the object in data.object; thin: data = {id, url} */
                        payload?: "full" | "thin";
                        enabled?: boolean;
                        /** @description custom headers sent on every delivery, e.g. {"Authorization": "Bearer …"}: at most 20, names of 1–64 token characters, values of 1–1024 printable ASCII characters, 4 KB in all; Host, Content-Length, Content-Type, Content-Encoding, Transfer-Encoding, Connection, Keep-Alive, TE, Trailer, Upgrade, Expect, User-Agent and names starting with X-Pos-, Webhook-, Proxy- or Sec- are refused (header_reserved). On update the object replaces the whole set ({} removes all). */
                        headers?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "webhook_endpoint";
                            /**
                             * @description whk_… id
                             * @example whk_01JD0000000000000000000000
                             */
                            id: string;
                            name: string;
                            url: string;
                            subscribed_events: string[];
                            /** @description full: the object in data.object; thin: data = {id, url} */
                            payload: "full" | "thin";
                            enabled: boolean;
                            disabled_reason: string | null;
                            disabled_at: string | null;
                            /** @description locations whose events it receives (those of the API key that created it) */
                            locations: "all" | string[];
                            /** @description custom headers sent on every delivery */
                            headers: {
                                [key: string]: string;
                            };
                            /** @description false for a test-mode endpoint (created with a pos_test_ key): it receives test events only, signed with its own secret */
                            livemode: boolean;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Returns the new secret once. The previous secret keeps signing (a second `v1=`, after the new one) until `previous_secret_expires_at` (24 h by default).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "webhook_endpoint";
                            /**
                             * @description whk_… id
                             * @example whk_01JD0000000000000000000000
                             */
                            id: string;
                            name: string;
                            url: string;
                            subscribed_events: string[];
                            /** @description full: the object in data.object; thin: data = {id, url} */
                            payload: "full" | "thin";
                            enabled: boolean;
                            disabled_reason: string | null;
                            disabled_at: string | null;
                            /** @description locations whose events it receives (those of the API key that created it) */
                            locations: "all" | string[];
                            /** @description custom headers sent on every delivery */
                            headers: {
                                [key: string]: string;
                            };
                            /** @description false for a test-mode endpoint (created with a pos_test_ key): it receives test events only, signed with its own secret */
                            livemode: boolean;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            /** @description whsec_… signing secret; shown only in this response */
                            secret: string;
                            /**
                             * Format: date-time
                             * @description until then deliveries carry a signature for the old secret too
                             */
                            previous_secret_expires_at: string;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test delivery now
         * @description Sends a signed `webhook.test` event, or the sample payload of `event_type`, right away and returns the delivery with the attempt result.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description default webhook.test; any catalog type sends its sample payload */
                        event_type?: "order.created" | "order.updated" | "order.paid" | "order.voided" | "order.refunded" | "order.cancelled" | "payment.succeeded" | "payment.failed" | "payment.updated" | "product.created" | "product.updated" | "product.deleted" | "tax_rate.created" | "tax_rate.updated" | "tax_rate.deleted" | "category.created" | "category.updated" | "category.deleted" | "modifier_group.created" | "modifier_group.updated" | "modifier_group.deleted" | "location.updated" | "customer.created" | "customer.updated" | "inventory.updated" | "inventory.low_stock" | "shift.closed" | "device.paired" | "webhook_endpoint.disabled" | "webhook.test";
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "webhook_delivery";
                            /**
                             * @description dlv_… id
                             * @example dlv_01JD0000000000000000000000
                             */
                            id: string;
                            /**
                             * @description whk_… id
                             * @example whk_01JD0000000000000000000000
                             */
                            endpoint_id: string;
                            /** @description the event sent (X-Pos-Event-Id, webhook-id); a sample id for test sends */
                            event_id: string;
                            event_type: string;
                            status: "pending" | "succeeded" | "failed";
                            origin: "event" | "replay" | "test";
                            attempt_count: number;
                            next_attempt_at: string | null;
                            last_status_code: number | null;
                            last_error: string | null;
                            /** Format: date-time */
                            created_at: string;
                            completed_at: string | null;
                            attempts: {
                                /**
                                 * @description att_… id
                                 * @example att_01JD0000000000000000000000
                                 */
                                id: string;
                                number: number;
                                /** Format: date-time */
                                started_at: string;
                                duration_ms: number;
                                status_code: number | null;
                                error_class: string | null;
                                error_message: string | null;
                                response_body: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deliveries of an endpoint
         * @description Newest first, each with every attempt (time, status code, latency, first 2 KB of the response, error class). Kept 30 days.
         */
        get: {
            parameters: {
                query?: {
                    /** @description 1–100, default 25 */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    status?: "pending" | "succeeded" | "failed";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /** @enum {string} */
                                object: "webhook_delivery";
                                /**
                                 * @description dlv_… id
                                 * @example dlv_01JD0000000000000000000000
                                 */
                                id: string;
                                /**
                                 * @description whk_… id
                                 * @example whk_01JD0000000000000000000000
                                 */
                                endpoint_id: string;
                                /** @description the event sent (X-Pos-Event-Id, webhook-id); a sample id for test sends */
                                event_id: string;
                                event_type: string;
                                status: "pending" | "succeeded" | "failed";
                                origin: "event" | "replay" | "test";
                                attempt_count: number;
                                next_attempt_at: string | null;
                                last_status_code: number | null;
                                last_error: string | null;
                                /** Format: date-time */
                                created_at: string;
                                completed_at: string | null;
                                attempts: {
                                    /**
                                     * @description att_… id
                                     * @example att_01JD0000000000000000000000
                                     */
                                    id: string;
                                    number: number;
                                    /** Format: date-time */
                                    started_at: string;
                                    duration_ms: number;
                                    status_code: number | null;
                                    error_class: string | null;
                                    error_message: string | null;
                                    response_body: string | null;
                                }[];
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            next_cursor: string | null;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a delivery with its attempts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "webhook_delivery";
                            /**
                             * @description dlv_… id
                             * @example dlv_01JD0000000000000000000000
                             */
                            id: string;
                            /**
                             * @description whk_… id
                             * @example whk_01JD0000000000000000000000
                             */
                            endpoint_id: string;
                            /** @description the event sent (X-Pos-Event-Id, webhook-id); a sample id for test sends */
                            event_id: string;
                            event_type: string;
                            status: "pending" | "succeeded" | "failed";
                            origin: "event" | "replay" | "test";
                            attempt_count: number;
                            next_attempt_at: string | null;
                            last_status_code: number | null;
                            last_error: string | null;
                            /** Format: date-time */
                            created_at: string;
                            completed_at: string | null;
                            attempts: {
                                /**
                                 * @description att_… id
                                 * @example att_01JD0000000000000000000000
                                 */
                                id: string;
                                number: number;
                                /** Format: date-time */
                                started_at: string;
                                duration_ms: number;
                                status_code: number | null;
                                error_class: string | null;
                                error_message: string | null;
                                response_body: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a delivery now
         * @description Sends the delivery again immediately, with the same event id, and returns it with the new attempt.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "webhook_delivery";
                            /**
                             * @description dlv_… id
                             * @example dlv_01JD0000000000000000000000
                             */
                            id: string;
                            /**
                             * @description whk_… id
                             * @example whk_01JD0000000000000000000000
                             */
                            endpoint_id: string;
                            /** @description the event sent (X-Pos-Event-Id, webhook-id); a sample id for test sends */
                            event_id: string;
                            event_type: string;
                            status: "pending" | "succeeded" | "failed";
                            origin: "event" | "replay" | "test";
                            attempt_count: number;
                            next_attempt_at: string | null;
                            last_status_code: number | null;
                            last_error: string | null;
                            /** Format: date-time */
                            created_at: string;
                            completed_at: string | null;
                            attempts: {
                                /**
                                 * @description att_… id
                                 * @example att_01JD0000000000000000000000
                                 */
                                id: string;
                                number: number;
                                /** Format: date-time */
                                started_at: string;
                                duration_ms: number;
                                status_code: number | null;
                                error_class: string | null;
                                error_message: string | null;
                                response_body: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay events to an endpoint
         * @description Queues one new delivery per retained event recorded in [since, until) that the endpoint subscribes to (optionally only `event_types`). Same event ids as the originals.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required on every write: any unique string (e.g. a UUID), 1–255 characters */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description replay events recorded at or after this time
                         */
                        since: string;
                        /**
                         * Format: date-time
                         * @description and before this time (default: now)
                         */
                        until?: string;
                        event_types?: ("order.created" | "order.updated" | "order.paid" | "order.voided" | "order.refunded" | "order.cancelled" | "payment.succeeded" | "payment.failed" | "payment.updated" | "product.created" | "product.updated" | "product.deleted" | "tax_rate.created" | "tax_rate.updated" | "tax_rate.deleted" | "category.created" | "category.updated" | "category.deleted" | "modifier_group.created" | "modifier_group.updated" | "modifier_group.deleted" | "location.updated" | "customer.created" | "customer.updated" | "inventory.updated" | "inventory.low_stock" | "shift.closed" | "device.paired" | "webhook_endpoint.disabled")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "webhook_replay";
                            /**
                             * @description whk_… id
                             * @example whk_01JD0000000000000000000000
                             */
                            endpoint_id: string;
                            /** @description deliveries queued, one per matching event */
                            queued: number;
                        };
                    };
                };
                /** @description Invalid request (bad JSON, wrong types, unknown fields, missing Idempotency-Key) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope or the location */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description No such object */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Conflict (e.g. the same Idempotency-Key is still in flight) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body larger than 1 MB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Well-formed but not processable (unknown product, amount over the balance, Idempotency-Key reused) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Rate limited; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/pair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pair a till with a one-time code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        device_name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            device_id: string;
                            device_token: string;
                            location: {
                                id: string;
                                name: string;
                                /** @description ISO 4217 currency code */
                                currency: string;
                                tax_mode: "inclusive" | "exclusive";
                                cash_rounding: number;
                                timezone: string;
                                locale?: string;
                                receipt_header: string;
                                receipt_footer: string;
                                discount_approval_basis_points: number;
                                role_permissions?: {
                                    manager: ("void_paid_sale" | "refund" | "no_sale" | "price_override" | "discount_over_limit" | "give_back_tender" | "close_shift" | "settings")[];
                                    cashier: ("void_paid_sale" | "refund" | "no_sale" | "price_override" | "discount_over_limit" | "give_back_tender" | "close_shift" | "settings")[];
                                };
                            };
                            livemode?: boolean;
                        };
                    };
                };
                /** @description Invalid request body or query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked device token (or pairing code) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Too many pairing attempts from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Push the till's outbox mutations in seq order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mutations: {
                            id: string;
                            seq: number;
                            type: string;
                            occurred_at: string;
                            payload: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                seq: number;
                                status: "applied" | "duplicate" | "rejected";
                                error?: {
                                    code: string;
                                    message: string;
                                };
                            }[];
                            acked_seq: number;
                        };
                    };
                };
                /** @description Invalid request body or query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked device token (or pairing code) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                type: "conflict";
                                /** @enum {string} */
                                code: "seq_gap";
                                message: string;
                                request_id: string;
                                expected_seq: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catalog changes and open API orders since a cursor */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            location: {
                                id: string;
                                name: string;
                                /** @description ISO 4217 currency code */
                                currency: string;
                                tax_mode: "inclusive" | "exclusive";
                                cash_rounding: number;
                                timezone: string;
                                locale?: string;
                                receipt_header: string;
                                receipt_footer: string;
                                discount_approval_basis_points: number;
                                role_permissions?: {
                                    manager: ("void_paid_sale" | "refund" | "no_sale" | "price_override" | "discount_over_limit" | "give_back_tender" | "close_shift" | "settings")[];
                                    cashier: ("void_paid_sale" | "refund" | "no_sale" | "price_override" | "discount_over_limit" | "give_back_tender" | "close_shift" | "settings")[];
                                };
                            };
                            reset: boolean;
                            products: {
                                upserted: {
                                    id: string;
                                    name: string;
                                    category_id: string | null;
                                    /** @description integer minor units (cents) */
                                    price: number;
                                    tax_rate_id: string;
                                    barcode: string | null;
                                    barcodes?: string[];
                                    sku: string | null;
                                    modifier_group_ids: string[];
                                    stock: number | null;
                                    sold_by_weight?: boolean;
                                    tare_grams?: number;
                                    active: boolean;
                                    sort: number;
                                    image_url?: string | null;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                deleted: string[];
                            };
                            categories: {
                                upserted: {
                                    id: string;
                                    name: string;
                                    color: string | null;
                                    sort: number;
                                }[];
                                deleted: string[];
                            };
                            modifier_groups: {
                                upserted: {
                                    id: string;
                                    name: string;
                                    min_select: number;
                                    max_select: number;
                                    modifiers: {
                                        id: string;
                                        name: string;
                                        /** @description integer minor units (cents) */
                                        price_delta: number;
                                    }[];
                                }[];
                                deleted: string[];
                            };
                            tax_rates: {
                                upserted: {
                                    id: string;
                                    name: string;
                                    rate_ppm: number;
                                }[];
                                deleted: string[];
                            };
                            staff: {
                                upserted: {
                                    id: string;
                                    name: string;
                                    role: "owner" | "manager" | "cashier";
                                    pin_hash: string;
                                    active: boolean;
                                }[];
                                deleted: string[];
                            };
                            open_orders: {
                                upserted: {
                                    id: string;
                                    number: string;
                                    /** @description ISO 4217 currency code */
                                    currency: string;
                                    tax_mode: "inclusive" | "exclusive";
                                    lines: {
                                        id: string;
                                        product_id: string | null;
                                        name: string;
                                        quantity: number;
                                        /** @description integer minor units (cents) */
                                        unit_price: number;
                                        modifiers: {
                                            id: string;
                                            name: string;
                                            /** @description integer minor units (cents) */
                                            price_delta: number;
                                        }[];
                                        tax_rate_id: string;
                                        rate_ppm: number;
                                        note: string | null;
                                    }[];
                                    /** @description integer minor units (cents) */
                                    total: number;
                                    /** @description integer minor units (cents) */
                                    amount_paid: number;
                                    customer_note: string | null;
                                    external_ref: string | null;
                                    /** Format: date-time */
                                    created_at: string;
                                }[];
                                deleted: string[];
                            };
                            customers?: {
                                upserted: {
                                    id: string;
                                    name: string | null;
                                    phone_last4: string | null;
                                    email_masked: string | null;
                                    /** Format: date-time */
                                    updated_at: string;
                                }[];
                                deleted: string[];
                            };
                            next_cursor: string;
                            has_more: boolean;
                        };
                    };
                };
                /** @description Invalid request body or query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked device token (or pairing code) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This till's rejected mutations, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                seq: number;
                                type: string;
                                occurred_at: string;
                                received_at: string;
                                error: {
                                    code: string;
                                    message: string;
                                };
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description Invalid request body or query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked device token (or pairing code) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/v1/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: `ready` on connect, `poke` when the till should pull */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Invalid request body or query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
                /** @description Missing, unknown or revoked device token (or pairing code) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": {
                            error: {
                                /** @enum {unknown} */
                                type: "invalid_request" | "authentication" | "permission" | "not_found" | "conflict" | "rate_limited" | "idempotency" | "internal";
                                code: string;
                                message: string;
                                param?: string;
                                request_id: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "order.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.created
         * @description An order was created (a till sale, or POST /api/v1/orders).
         *
         *     Sent to every enabled endpoint subscribed to `order.created` (or `*`, or `order.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_order_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.updated
         * @description An order changed without being paid, voided or refunded (e.g. a part payment).
         *
         *     Sent to every enabled endpoint subscribed to `order.updated` (or `*`, or `order.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_order_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.paid
         * @description An order is fully paid.
         *
         *     Sent to every enabled endpoint subscribed to `order.paid` (or `*`, or `order.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_order_paid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.voided": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.voided
         * @description An open order was voided.
         *
         *     Sent to every enabled endpoint subscribed to `order.voided` (or `*`, or `order.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_order_voided"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.refunded
         * @description Money() was refunded on an order (partly or fully).
         *
         *     Sent to every enabled endpoint subscribed to `order.refunded` (or `*`, or `order.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_order_refunded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.cancelled
         * @description An order was cancelled through the API (POST /api/v1/orders/{id}/cancel): money still held was refunded first (payment.updated, order.refunded), then the order was voided; data.reason says why.
         *
         *     Sent to every enabled endpoint subscribed to `order.cancelled` (or `*`, or `order.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_order_cancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.succeeded
         * @description A payment was taken.
         *
         *     Sent to every enabled endpoint subscribed to `payment.succeeded` (or `*`, or `payment.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_payment_succeeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.failed
         * @description A payment attempt took no money: a card declined, aborted or timed out at a till, or a failed external payment reported through the API; `failure_code` and `failure_message` say why. The order is unchanged.
         *
         *     Sent to every enabled endpoint subscribed to `payment.failed` (or `*`, or `payment.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_payment_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.updated
         * @description A payment changed after it was taken (money refunded to it); data.previous_attributes holds the old values of what changed.
         *
         *     Sent to every enabled endpoint subscribed to `payment.updated` (or `*`, or `payment.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_payment_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "product.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * product.created
         * @description A product was created.
         *
         *     Sent to every enabled endpoint subscribed to `product.created` (or `*`, or `product.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_product_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "product.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * product.updated
         * @description A product changed; data.previous_attributes holds the old values of what changed.
         *
         *     Sent to every enabled endpoint subscribed to `product.updated` (or `*`, or `product.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_product_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "product.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * product.deleted
         * @description A product was deleted.
         *
         *     Sent to every enabled endpoint subscribed to `product.deleted` (or `*`, or `product.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_product_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tax_rate.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tax_rate.created
         * @description A tax rate was created (API v1 or the back office).
         *
         *     Sent to every enabled endpoint subscribed to `tax_rate.created` (or `*`, or `tax_rate.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_tax_rate_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tax_rate.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tax_rate.updated
         * @description A tax rate changed; data.previous_attributes holds the old values of what changed. Products using it are not re-sent.
         *
         *     Sent to every enabled endpoint subscribed to `tax_rate.updated` (or `*`, or `tax_rate.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_tax_rate_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tax_rate.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tax_rate.deleted
         * @description A tax rate no product uses any more was deleted.
         *
         *     Sent to every enabled endpoint subscribed to `tax_rate.deleted` (or `*`, or `tax_rate.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_tax_rate_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "category.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * category.created
         * @description A category was created (API v1 or the back office).
         *
         *     Sent to every enabled endpoint subscribed to `category.created` (or `*`, or `category.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_category_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "category.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * category.updated
         * @description A category changed; data.previous_attributes holds the old values of what changed.
         *
         *     Sent to every enabled endpoint subscribed to `category.updated` (or `*`, or `category.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_category_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "category.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * category.deleted
         * @description A category was deleted; its products were left uncategorized first (each with a product.updated).
         *
         *     Sent to every enabled endpoint subscribed to `category.deleted` (or `*`, or `category.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_category_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "modifier_group.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * modifier_group.created
         * @description A modifier group (with its modifiers) was created (API v1 or the back office).
         *
         *     Sent to every enabled endpoint subscribed to `modifier_group.created` (or `*`, or `modifier_group.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_modifier_group_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "modifier_group.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * modifier_group.updated
         * @description A modifier group or its modifiers changed; data.previous_attributes holds the old values of what changed.
         *
         *     Sent to every enabled endpoint subscribed to `modifier_group.updated` (or `*`, or `modifier_group.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_modifier_group_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "modifier_group.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * modifier_group.deleted
         * @description A modifier group was deleted; products using it lost it first (each with a product.updated).
         *
         *     Sent to every enabled endpoint subscribed to `modifier_group.deleted` (or `*`, or `modifier_group.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_modifier_group_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "location.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * location.updated
         * @description A location changed (API v1 or the back office); data.previous_attributes holds the old values of what changed.
         *
         *     Sent to every enabled endpoint subscribed to `location.updated` (or `*`, or `location.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_location_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * customer.created
         * @description A customer was created (API v1).
         *
         *     Sent to every enabled endpoint subscribed to `customer.created` (or `*`, or `customer.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_customer_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * customer.updated
         * @description A customer changed; data.previous_attributes holds the old values of what changed.
         *
         *     Sent to every enabled endpoint subscribed to `customer.updated` (or `*`, or `customer.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_customer_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inventory.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * inventory.updated
         * @description A product's stock level changed at a location.
         *
         *     Sent to every enabled endpoint subscribed to `inventory.updated` (or `*`, or `inventory.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_inventory_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inventory.low_stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * inventory.low_stock
         * @description Stock fell to or below the low-stock threshold.
         *
         *     Sent to every enabled endpoint subscribed to `inventory.low_stock` (or `*`, or `inventory.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_inventory_low_stock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "shift.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * shift.closed
         * @description A shift was closed at a till; carries its Z report.
         *
         *     Sent to every enabled endpoint subscribed to `shift.closed` (or `*`, or `shift.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_shift_closed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "device.paired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * device.paired
         * @description A till was paired with a location.
         *
         *     Sent to every enabled endpoint subscribed to `device.paired` (or `*`, or `device.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_device_paired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_endpoint.disabled
         * @description The service disabled one of the business's webhook endpoints by itself (its receiver answered 410 Gone, or every delivery failed after all retries for 3 days); sent to the business's other endpoints. Re-enable it with PATCH enabled:true and replay what it missed.
         *
         *     Sent to every enabled endpoint subscribed to `webhook_endpoint.disabled` (or `*`, or `webhook_endpoint.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_webhook_endpoint_disabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook.test
         * @description Sent by POST /api/v1/webhooks/{id}/test; never emitted by real changes.
         *
         *     Sent to every enabled endpoint subscribed to `webhook.test` (or `*`, or `webhook.*`). Verify the signature on the raw body before parsing it.
         */
        post: operations["webhook_webhook_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * OrderCreatedEvent
         * @description An order was created (a till sale, or POST /api/v1/orders).
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "order.created",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *           "object": "order",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "source": "till",
         *           "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *           "staff_id": "stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1",
         *           "number": "A-0042",
         *           "status": "open",
         *           "currency": "EUR",
         *           "tax_mode": "inclusive",
         *           "lines": [
         *             {
         *               "id": "lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X",
         *               "product_id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *               "name": "Flat white",
         *               "quantity": 2,
         *               "base_price": 350,
         *               "unit_price": 350,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 700,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 700,
         *               "net": 654,
         *               "tax": 46,
         *               "total": 700,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             },
         *             {
         *               "id": "lin_01KAQ3B7YJ3M5N7P9Q1S3V5W7Y",
         *               "product_id": "prd_01KAQ2ZX4F0G2H4J6K8M0N2P4R",
         *               "name": "Croissant",
         *               "quantity": 1,
         *               "base_price": 280,
         *               "unit_price": 280,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 280,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 280,
         *               "net": 262,
         *               "tax": 18,
         *               "total": 280,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             }
         *           ],
         *           "discount": null,
         *           "totals": {
         *             "subtotal": 980,
         *             "discount_total": 0,
         *             "tax_total": 64,
         *             "net_total": 916,
         *             "total": 980,
         *             "amount_paid": 0,
         *             "tip": 0,
         *             "amount_collected": 0,
         *             "amount_refunded": 0,
         *             "balance_due": 980
         *           },
         *           "tax_breakdown": [
         *             {
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "net": 916,
         *               "tax": 64,
         *               "gross": 980
         *             }
         *           ],
         *           "payments": [],
         *           "refunds": [],
         *           "external_ref": null,
         *           "customer_note": null,
         *           "customer_id": null,
         *           "livemode": true,
         *           "occurred_at": "2026-11-23T09:12:04.500Z",
         *           "created_at": "2026-11-23T09:12:04.500Z",
         *           "updated_at": "2026-11-23T09:12:04.500Z",
         *           "voided_at": null
         *         }
         *       }
         *     }
         */
        OrderCreatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "order.created";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Order */
                object: {
                    /**
                     * @description ord_… id
                     * @example ord_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "order";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    source: "till" | "api";
                    device_id: string | null;
                    staff_id: string | null;
                    /** @description human order number, printed on receipts */
                    number: string;
                    /** @enum {unknown} */
                    status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                    currency: string;
                    tax_mode: "inclusive" | "exclusive";
                    lines: {
                        /**
                         * @description lin_… id
                         * @example lin_01JD0000000000000000000000
                         */
                        id: string;
                        product_id: string | null;
                        name: string;
                        quantity: number;
                        /** @description product price before modifiers */
                        base_price: number;
                        /** @description product price plus modifier deltas */
                        unit_price: number;
                        modifiers: {
                            id: string;
                            name: string;
                            /** @description integer minor units (cents) */
                            price_delta: number;
                        }[];
                        discount: ({
                            /** @enum {string} */
                            kind: "percent";
                            /** @description 1000 = 10 % */
                            basis_points: number;
                        } | {
                            /** @enum {string} */
                            kind: "amount";
                            /** @description integer minor units (cents) */
                            amount: number;
                        }) | null;
                        /** @description unit_price × quantity */
                        gross_before_discount: number;
                        /** @description integer minor units (cents) */
                        line_discount: number;
                        /** @description integer minor units (cents) */
                        order_discount_share: number;
                        /** @description after discounts, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description what the customer pays for this line */
                        total: number;
                        tax_rate_id: string;
                        rate_ppm: number;
                        note: string | null;
                        weight: {
                            /** @description weight sold (gross minus tare), grams */
                            net_grams: number;
                            /** @description container weight taken off, grams */
                            tare_grams: number;
                            /** @description price per kilogram, in the location's tax mode */
                            price_per_kg: number;
                        } | null;
                        price_override: {
                            /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                            original_price: number;
                            approved_by: string | null;
                        } | null;
                    }[];
                    discount: ({
                        /** @enum {string} */
                        kind: "percent";
                        /** @description 1000 = 10 % */
                        basis_points: number;
                    } | {
                        /** @enum {string} */
                        kind: "amount";
                        /** @description integer minor units (cents) */
                        amount: number;
                    }) | null;
                    /** OrderTotals */
                    totals: {
                        /** @description Σ unit_price × quantity, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        discount_total: number;
                        /** @description integer minor units (cents) */
                        tax_total: number;
                        /** @description integer minor units (cents) */
                        net_total: number;
                        /** @description what the customer pays */
                        total: number;
                        /** @description Σ amount of succeeded payments, tips excluded */
                        amount_paid: number;
                        /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                        tip: number;
                        /** @description amount_paid + tip: all the money taken for the order */
                        amount_collected: number;
                        /** @description integer minor units (cents) */
                        amount_refunded: number;
                        /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                        tip_refunded?: number;
                        /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                        balance_due: number;
                    };
                    tax_breakdown: {
                        tax_rate_id: string;
                        rate_ppm: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description integer minor units (cents) */
                        gross: number;
                    }[];
                    payments: {
                        /**
                         * @description pay_… id
                         * @example pay_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "payment";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        /** @enum {unknown} */
                        method: "cash" | "card" | "external";
                        /** @enum {unknown} */
                        status: "succeeded" | "failed" | "pending";
                        /** @description applied to the order, tip excluded */
                        amount: number;
                        /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                        tip: number;
                        tendered: number | null;
                        change: number | null;
                        reference: string | null;
                        card: {
                            [key: string]: unknown;
                        } | null;
                        device_id: string | null;
                        /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                        amount_refunded?: number;
                        /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                        tip_refunded?: number;
                        /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                        failure_code?: string;
                        /** @description failed payments only */
                        failure_message?: string;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    refunds: {
                        /**
                         * @description ref_… id
                         * @example ref_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "refund";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        payment_id: string | null;
                        /** @description integer minor units (cents) */
                        amount: number;
                        /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                        tip?: number;
                        reason: string;
                        lines: {
                            line_id: string;
                            quantity: number;
                            /** @description integer minor units (cents) */
                            amount: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                        }[];
                        tax_breakdown: {
                            tax_rate_id: string;
                            rate_ppm: number;
                            /** @description integer minor units (cents) */
                            net: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                            /** @description integer minor units (cents) */
                            gross: number;
                        }[];
                        device_id: string | null;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    external_ref: string | null;
                    customer_note: string | null;
                    customer_id: string | null;
                    /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                    livemode: boolean;
                    /**
                     * Format: date-time
                     * @description when it happened (the till clock for till sales)
                     */
                    occurred_at: string;
                    /**
                     * Format: date-time
                     * @description when the cloud stored it
                     */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                    voided_at: string | null;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * OrderUpdatedEvent
         * @description An order changed without being paid, voided or refunded (e.g. a part payment).
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "order.updated",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *           "object": "order",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "source": "till",
         *           "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *           "staff_id": "stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1",
         *           "number": "A-0042",
         *           "status": "partially_paid",
         *           "currency": "EUR",
         *           "tax_mode": "inclusive",
         *           "lines": [
         *             {
         *               "id": "lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X",
         *               "product_id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *               "name": "Flat white",
         *               "quantity": 2,
         *               "base_price": 350,
         *               "unit_price": 350,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 700,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 700,
         *               "net": 654,
         *               "tax": 46,
         *               "total": 700,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             },
         *             {
         *               "id": "lin_01KAQ3B7YJ3M5N7P9Q1S3V5W7Y",
         *               "product_id": "prd_01KAQ2ZX4F0G2H4J6K8M0N2P4R",
         *               "name": "Croissant",
         *               "quantity": 1,
         *               "base_price": 280,
         *               "unit_price": 280,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 280,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 280,
         *               "net": 262,
         *               "tax": 18,
         *               "total": 280,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             }
         *           ],
         *           "discount": null,
         *           "totals": {
         *             "subtotal": 980,
         *             "discount_total": 0,
         *             "tax_total": 64,
         *             "net_total": 916,
         *             "total": 980,
         *             "amount_paid": 500,
         *             "tip": 150,
         *             "amount_collected": 650,
         *             "amount_refunded": 0,
         *             "balance_due": 480
         *           },
         *           "tax_breakdown": [
         *             {
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "net": 916,
         *               "tax": 64,
         *               "gross": 980
         *             }
         *           ],
         *           "payments": [
         *             {
         *               "id": "pay_01KAQ3C2D4F6H8K0M2P4R6T8V0",
         *               "object": "payment",
         *               "order_id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *               "method": "card",
         *               "status": "succeeded",
         *               "amount": 500,
         *               "tip": 150,
         *               "tendered": null,
         *               "change": null,
         *               "reference": "ZVT-000123",
         *               "card": {
         *                 "brand": "visa",
         *                 "last4": "4242"
         *               },
         *               "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *               "livemode": true,
         *               "occurred_at": "2026-11-23T09:12:04.500Z",
         *               "created_at": "2026-11-23T09:12:04.500Z"
         *             }
         *           ],
         *           "refunds": [],
         *           "external_ref": null,
         *           "customer_note": null,
         *           "customer_id": null,
         *           "livemode": true,
         *           "occurred_at": "2026-11-23T09:12:04.500Z",
         *           "created_at": "2026-11-23T09:12:04.500Z",
         *           "updated_at": "2026-11-23T09:12:04.500Z",
         *           "voided_at": null
         *         }
         *       }
         *     }
         */
        OrderUpdatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "order.updated";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Order */
                object: {
                    /**
                     * @description ord_… id
                     * @example ord_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "order";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    source: "till" | "api";
                    device_id: string | null;
                    staff_id: string | null;
                    /** @description human order number, printed on receipts */
                    number: string;
                    /** @enum {unknown} */
                    status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                    currency: string;
                    tax_mode: "inclusive" | "exclusive";
                    lines: {
                        /**
                         * @description lin_… id
                         * @example lin_01JD0000000000000000000000
                         */
                        id: string;
                        product_id: string | null;
                        name: string;
                        quantity: number;
                        /** @description product price before modifiers */
                        base_price: number;
                        /** @description product price plus modifier deltas */
                        unit_price: number;
                        modifiers: {
                            id: string;
                            name: string;
                            /** @description integer minor units (cents) */
                            price_delta: number;
                        }[];
                        discount: ({
                            /** @enum {string} */
                            kind: "percent";
                            /** @description 1000 = 10 % */
                            basis_points: number;
                        } | {
                            /** @enum {string} */
                            kind: "amount";
                            /** @description integer minor units (cents) */
                            amount: number;
                        }) | null;
                        /** @description unit_price × quantity */
                        gross_before_discount: number;
                        /** @description integer minor units (cents) */
                        line_discount: number;
                        /** @description integer minor units (cents) */
                        order_discount_share: number;
                        /** @description after discounts, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description what the customer pays for this line */
                        total: number;
                        tax_rate_id: string;
                        rate_ppm: number;
                        note: string | null;
                        weight: {
                            /** @description weight sold (gross minus tare), grams */
                            net_grams: number;
                            /** @description container weight taken off, grams */
                            tare_grams: number;
                            /** @description price per kilogram, in the location's tax mode */
                            price_per_kg: number;
                        } | null;
                        price_override: {
                            /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                            original_price: number;
                            approved_by: string | null;
                        } | null;
                    }[];
                    discount: ({
                        /** @enum {string} */
                        kind: "percent";
                        /** @description 1000 = 10 % */
                        basis_points: number;
                    } | {
                        /** @enum {string} */
                        kind: "amount";
                        /** @description integer minor units (cents) */
                        amount: number;
                    }) | null;
                    /** OrderTotals */
                    totals: {
                        /** @description Σ unit_price × quantity, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        discount_total: number;
                        /** @description integer minor units (cents) */
                        tax_total: number;
                        /** @description integer minor units (cents) */
                        net_total: number;
                        /** @description what the customer pays */
                        total: number;
                        /** @description Σ amount of succeeded payments, tips excluded */
                        amount_paid: number;
                        /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                        tip: number;
                        /** @description amount_paid + tip: all the money taken for the order */
                        amount_collected: number;
                        /** @description integer minor units (cents) */
                        amount_refunded: number;
                        /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                        tip_refunded?: number;
                        /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                        balance_due: number;
                    };
                    tax_breakdown: {
                        tax_rate_id: string;
                        rate_ppm: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description integer minor units (cents) */
                        gross: number;
                    }[];
                    payments: {
                        /**
                         * @description pay_… id
                         * @example pay_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "payment";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        /** @enum {unknown} */
                        method: "cash" | "card" | "external";
                        /** @enum {unknown} */
                        status: "succeeded" | "failed" | "pending";
                        /** @description applied to the order, tip excluded */
                        amount: number;
                        /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                        tip: number;
                        tendered: number | null;
                        change: number | null;
                        reference: string | null;
                        card: {
                            [key: string]: unknown;
                        } | null;
                        device_id: string | null;
                        /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                        amount_refunded?: number;
                        /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                        tip_refunded?: number;
                        /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                        failure_code?: string;
                        /** @description failed payments only */
                        failure_message?: string;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    refunds: {
                        /**
                         * @description ref_… id
                         * @example ref_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "refund";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        payment_id: string | null;
                        /** @description integer minor units (cents) */
                        amount: number;
                        /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                        tip?: number;
                        reason: string;
                        lines: {
                            line_id: string;
                            quantity: number;
                            /** @description integer minor units (cents) */
                            amount: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                        }[];
                        tax_breakdown: {
                            tax_rate_id: string;
                            rate_ppm: number;
                            /** @description integer minor units (cents) */
                            net: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                            /** @description integer minor units (cents) */
                            gross: number;
                        }[];
                        device_id: string | null;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    external_ref: string | null;
                    customer_note: string | null;
                    customer_id: string | null;
                    /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                    livemode: boolean;
                    /**
                     * Format: date-time
                     * @description when it happened (the till clock for till sales)
                     */
                    occurred_at: string;
                    /**
                     * Format: date-time
                     * @description when the cloud stored it
                     */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                    voided_at: string | null;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * OrderPaidEvent
         * @description An order is fully paid.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "order.paid",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *           "object": "order",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "source": "till",
         *           "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *           "staff_id": "stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1",
         *           "number": "A-0042",
         *           "status": "paid",
         *           "currency": "EUR",
         *           "tax_mode": "inclusive",
         *           "lines": [
         *             {
         *               "id": "lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X",
         *               "product_id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *               "name": "Flat white",
         *               "quantity": 2,
         *               "base_price": 350,
         *               "unit_price": 350,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 700,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 700,
         *               "net": 654,
         *               "tax": 46,
         *               "total": 700,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             },
         *             {
         *               "id": "lin_01KAQ3B7YJ3M5N7P9Q1S3V5W7Y",
         *               "product_id": "prd_01KAQ2ZX4F0G2H4J6K8M0N2P4R",
         *               "name": "Croissant",
         *               "quantity": 1,
         *               "base_price": 280,
         *               "unit_price": 280,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 280,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 280,
         *               "net": 262,
         *               "tax": 18,
         *               "total": 280,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             }
         *           ],
         *           "discount": null,
         *           "totals": {
         *             "subtotal": 980,
         *             "discount_total": 0,
         *             "tax_total": 64,
         *             "net_total": 916,
         *             "total": 980,
         *             "amount_paid": 980,
         *             "tip": 150,
         *             "amount_collected": 1130,
         *             "amount_refunded": 0,
         *             "balance_due": 0
         *           },
         *           "tax_breakdown": [
         *             {
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "net": 916,
         *               "tax": 64,
         *               "gross": 980
         *             }
         *           ],
         *           "payments": [
         *             {
         *               "id": "pay_01KAQ3C2D4F6H8K0M2P4R6T8V0",
         *               "object": "payment",
         *               "order_id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *               "method": "card",
         *               "status": "succeeded",
         *               "amount": 980,
         *               "tip": 150,
         *               "tendered": null,
         *               "change": null,
         *               "reference": "ZVT-000123",
         *               "card": {
         *                 "brand": "visa",
         *                 "last4": "4242"
         *               },
         *               "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *               "livemode": true,
         *               "occurred_at": "2026-11-23T09:12:04.500Z",
         *               "created_at": "2026-11-23T09:12:04.500Z"
         *             }
         *           ],
         *           "refunds": [],
         *           "external_ref": null,
         *           "customer_note": null,
         *           "customer_id": null,
         *           "livemode": true,
         *           "occurred_at": "2026-11-23T09:12:04.500Z",
         *           "created_at": "2026-11-23T09:12:04.500Z",
         *           "updated_at": "2026-11-23T09:12:04.500Z",
         *           "voided_at": null
         *         }
         *       }
         *     }
         */
        OrderPaidEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "order.paid";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Order */
                object: {
                    /**
                     * @description ord_… id
                     * @example ord_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "order";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    source: "till" | "api";
                    device_id: string | null;
                    staff_id: string | null;
                    /** @description human order number, printed on receipts */
                    number: string;
                    /** @enum {unknown} */
                    status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                    currency: string;
                    tax_mode: "inclusive" | "exclusive";
                    lines: {
                        /**
                         * @description lin_… id
                         * @example lin_01JD0000000000000000000000
                         */
                        id: string;
                        product_id: string | null;
                        name: string;
                        quantity: number;
                        /** @description product price before modifiers */
                        base_price: number;
                        /** @description product price plus modifier deltas */
                        unit_price: number;
                        modifiers: {
                            id: string;
                            name: string;
                            /** @description integer minor units (cents) */
                            price_delta: number;
                        }[];
                        discount: ({
                            /** @enum {string} */
                            kind: "percent";
                            /** @description 1000 = 10 % */
                            basis_points: number;
                        } | {
                            /** @enum {string} */
                            kind: "amount";
                            /** @description integer minor units (cents) */
                            amount: number;
                        }) | null;
                        /** @description unit_price × quantity */
                        gross_before_discount: number;
                        /** @description integer minor units (cents) */
                        line_discount: number;
                        /** @description integer minor units (cents) */
                        order_discount_share: number;
                        /** @description after discounts, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description what the customer pays for this line */
                        total: number;
                        tax_rate_id: string;
                        rate_ppm: number;
                        note: string | null;
                        weight: {
                            /** @description weight sold (gross minus tare), grams */
                            net_grams: number;
                            /** @description container weight taken off, grams */
                            tare_grams: number;
                            /** @description price per kilogram, in the location's tax mode */
                            price_per_kg: number;
                        } | null;
                        price_override: {
                            /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                            original_price: number;
                            approved_by: string | null;
                        } | null;
                    }[];
                    discount: ({
                        /** @enum {string} */
                        kind: "percent";
                        /** @description 1000 = 10 % */
                        basis_points: number;
                    } | {
                        /** @enum {string} */
                        kind: "amount";
                        /** @description integer minor units (cents) */
                        amount: number;
                    }) | null;
                    /** OrderTotals */
                    totals: {
                        /** @description Σ unit_price × quantity, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        discount_total: number;
                        /** @description integer minor units (cents) */
                        tax_total: number;
                        /** @description integer minor units (cents) */
                        net_total: number;
                        /** @description what the customer pays */
                        total: number;
                        /** @description Σ amount of succeeded payments, tips excluded */
                        amount_paid: number;
                        /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                        tip: number;
                        /** @description amount_paid + tip: all the money taken for the order */
                        amount_collected: number;
                        /** @description integer minor units (cents) */
                        amount_refunded: number;
                        /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                        tip_refunded?: number;
                        /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                        balance_due: number;
                    };
                    tax_breakdown: {
                        tax_rate_id: string;
                        rate_ppm: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description integer minor units (cents) */
                        gross: number;
                    }[];
                    payments: {
                        /**
                         * @description pay_… id
                         * @example pay_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "payment";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        /** @enum {unknown} */
                        method: "cash" | "card" | "external";
                        /** @enum {unknown} */
                        status: "succeeded" | "failed" | "pending";
                        /** @description applied to the order, tip excluded */
                        amount: number;
                        /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                        tip: number;
                        tendered: number | null;
                        change: number | null;
                        reference: string | null;
                        card: {
                            [key: string]: unknown;
                        } | null;
                        device_id: string | null;
                        /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                        amount_refunded?: number;
                        /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                        tip_refunded?: number;
                        /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                        failure_code?: string;
                        /** @description failed payments only */
                        failure_message?: string;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    refunds: {
                        /**
                         * @description ref_… id
                         * @example ref_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "refund";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        payment_id: string | null;
                        /** @description integer minor units (cents) */
                        amount: number;
                        /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                        tip?: number;
                        reason: string;
                        lines: {
                            line_id: string;
                            quantity: number;
                            /** @description integer minor units (cents) */
                            amount: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                        }[];
                        tax_breakdown: {
                            tax_rate_id: string;
                            rate_ppm: number;
                            /** @description integer minor units (cents) */
                            net: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                            /** @description integer minor units (cents) */
                            gross: number;
                        }[];
                        device_id: string | null;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    external_ref: string | null;
                    customer_note: string | null;
                    customer_id: string | null;
                    /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                    livemode: boolean;
                    /**
                     * Format: date-time
                     * @description when it happened (the till clock for till sales)
                     */
                    occurred_at: string;
                    /**
                     * Format: date-time
                     * @description when the cloud stored it
                     */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                    voided_at: string | null;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * OrderVoidedEvent
         * @description An open order was voided.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "order.voided",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *           "object": "order",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "source": "till",
         *           "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *           "staff_id": "stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1",
         *           "number": "A-0042",
         *           "status": "voided",
         *           "currency": "EUR",
         *           "tax_mode": "inclusive",
         *           "lines": [
         *             {
         *               "id": "lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X",
         *               "product_id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *               "name": "Flat white",
         *               "quantity": 2,
         *               "base_price": 350,
         *               "unit_price": 350,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 700,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 700,
         *               "net": 654,
         *               "tax": 46,
         *               "total": 700,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             },
         *             {
         *               "id": "lin_01KAQ3B7YJ3M5N7P9Q1S3V5W7Y",
         *               "product_id": "prd_01KAQ2ZX4F0G2H4J6K8M0N2P4R",
         *               "name": "Croissant",
         *               "quantity": 1,
         *               "base_price": 280,
         *               "unit_price": 280,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 280,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 280,
         *               "net": 262,
         *               "tax": 18,
         *               "total": 280,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             }
         *           ],
         *           "discount": null,
         *           "totals": {
         *             "subtotal": 980,
         *             "discount_total": 0,
         *             "tax_total": 64,
         *             "net_total": 916,
         *             "total": 980,
         *             "amount_paid": 0,
         *             "tip": 0,
         *             "amount_collected": 0,
         *             "amount_refunded": 0,
         *             "balance_due": 0
         *           },
         *           "tax_breakdown": [
         *             {
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "net": 916,
         *               "tax": 64,
         *               "gross": 980
         *             }
         *           ],
         *           "payments": [],
         *           "refunds": [],
         *           "external_ref": null,
         *           "customer_note": null,
         *           "customer_id": null,
         *           "livemode": true,
         *           "occurred_at": "2026-11-23T09:12:04.500Z",
         *           "created_at": "2026-11-23T09:12:04.500Z",
         *           "updated_at": "2026-11-23T09:12:04.500Z",
         *           "voided_at": "2026-11-23T09:12:04.500Z"
         *         }
         *       }
         *     }
         */
        OrderVoidedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "order.voided";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Order */
                object: {
                    /**
                     * @description ord_… id
                     * @example ord_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "order";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    source: "till" | "api";
                    device_id: string | null;
                    staff_id: string | null;
                    /** @description human order number, printed on receipts */
                    number: string;
                    /** @enum {unknown} */
                    status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                    currency: string;
                    tax_mode: "inclusive" | "exclusive";
                    lines: {
                        /**
                         * @description lin_… id
                         * @example lin_01JD0000000000000000000000
                         */
                        id: string;
                        product_id: string | null;
                        name: string;
                        quantity: number;
                        /** @description product price before modifiers */
                        base_price: number;
                        /** @description product price plus modifier deltas */
                        unit_price: number;
                        modifiers: {
                            id: string;
                            name: string;
                            /** @description integer minor units (cents) */
                            price_delta: number;
                        }[];
                        discount: ({
                            /** @enum {string} */
                            kind: "percent";
                            /** @description 1000 = 10 % */
                            basis_points: number;
                        } | {
                            /** @enum {string} */
                            kind: "amount";
                            /** @description integer minor units (cents) */
                            amount: number;
                        }) | null;
                        /** @description unit_price × quantity */
                        gross_before_discount: number;
                        /** @description integer minor units (cents) */
                        line_discount: number;
                        /** @description integer minor units (cents) */
                        order_discount_share: number;
                        /** @description after discounts, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description what the customer pays for this line */
                        total: number;
                        tax_rate_id: string;
                        rate_ppm: number;
                        note: string | null;
                        weight: {
                            /** @description weight sold (gross minus tare), grams */
                            net_grams: number;
                            /** @description container weight taken off, grams */
                            tare_grams: number;
                            /** @description price per kilogram, in the location's tax mode */
                            price_per_kg: number;
                        } | null;
                        price_override: {
                            /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                            original_price: number;
                            approved_by: string | null;
                        } | null;
                    }[];
                    discount: ({
                        /** @enum {string} */
                        kind: "percent";
                        /** @description 1000 = 10 % */
                        basis_points: number;
                    } | {
                        /** @enum {string} */
                        kind: "amount";
                        /** @description integer minor units (cents) */
                        amount: number;
                    }) | null;
                    /** OrderTotals */
                    totals: {
                        /** @description Σ unit_price × quantity, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        discount_total: number;
                        /** @description integer minor units (cents) */
                        tax_total: number;
                        /** @description integer minor units (cents) */
                        net_total: number;
                        /** @description what the customer pays */
                        total: number;
                        /** @description Σ amount of succeeded payments, tips excluded */
                        amount_paid: number;
                        /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                        tip: number;
                        /** @description amount_paid + tip: all the money taken for the order */
                        amount_collected: number;
                        /** @description integer minor units (cents) */
                        amount_refunded: number;
                        /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                        tip_refunded?: number;
                        /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                        balance_due: number;
                    };
                    tax_breakdown: {
                        tax_rate_id: string;
                        rate_ppm: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description integer minor units (cents) */
                        gross: number;
                    }[];
                    payments: {
                        /**
                         * @description pay_… id
                         * @example pay_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "payment";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        /** @enum {unknown} */
                        method: "cash" | "card" | "external";
                        /** @enum {unknown} */
                        status: "succeeded" | "failed" | "pending";
                        /** @description applied to the order, tip excluded */
                        amount: number;
                        /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                        tip: number;
                        tendered: number | null;
                        change: number | null;
                        reference: string | null;
                        card: {
                            [key: string]: unknown;
                        } | null;
                        device_id: string | null;
                        /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                        amount_refunded?: number;
                        /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                        tip_refunded?: number;
                        /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                        failure_code?: string;
                        /** @description failed payments only */
                        failure_message?: string;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    refunds: {
                        /**
                         * @description ref_… id
                         * @example ref_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "refund";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        payment_id: string | null;
                        /** @description integer minor units (cents) */
                        amount: number;
                        /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                        tip?: number;
                        reason: string;
                        lines: {
                            line_id: string;
                            quantity: number;
                            /** @description integer minor units (cents) */
                            amount: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                        }[];
                        tax_breakdown: {
                            tax_rate_id: string;
                            rate_ppm: number;
                            /** @description integer minor units (cents) */
                            net: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                            /** @description integer minor units (cents) */
                            gross: number;
                        }[];
                        device_id: string | null;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    external_ref: string | null;
                    customer_note: string | null;
                    customer_id: string | null;
                    /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                    livemode: boolean;
                    /**
                     * Format: date-time
                     * @description when it happened (the till clock for till sales)
                     */
                    occurred_at: string;
                    /**
                     * Format: date-time
                     * @description when the cloud stored it
                     */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                    voided_at: string | null;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * OrderRefundedEvent
         * @description Money() was refunded on an order (partly or fully).
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "order.refunded",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *           "object": "order",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "source": "till",
         *           "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *           "staff_id": "stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1",
         *           "number": "A-0042",
         *           "status": "partially_refunded",
         *           "currency": "EUR",
         *           "tax_mode": "inclusive",
         *           "lines": [
         *             {
         *               "id": "lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X",
         *               "product_id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *               "name": "Flat white",
         *               "quantity": 2,
         *               "base_price": 350,
         *               "unit_price": 350,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 700,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 700,
         *               "net": 654,
         *               "tax": 46,
         *               "total": 700,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             },
         *             {
         *               "id": "lin_01KAQ3B7YJ3M5N7P9Q1S3V5W7Y",
         *               "product_id": "prd_01KAQ2ZX4F0G2H4J6K8M0N2P4R",
         *               "name": "Croissant",
         *               "quantity": 1,
         *               "base_price": 280,
         *               "unit_price": 280,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 280,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 280,
         *               "net": 262,
         *               "tax": 18,
         *               "total": 280,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             }
         *           ],
         *           "discount": null,
         *           "totals": {
         *             "subtotal": 980,
         *             "discount_total": 0,
         *             "tax_total": 64,
         *             "net_total": 916,
         *             "total": 980,
         *             "amount_paid": 980,
         *             "tip": 150,
         *             "amount_collected": 1130,
         *             "amount_refunded": 350,
         *             "balance_due": 0
         *           },
         *           "tax_breakdown": [
         *             {
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "net": 916,
         *               "tax": 64,
         *               "gross": 980
         *             }
         *           ],
         *           "payments": [
         *             {
         *               "id": "pay_01KAQ3C2D4F6H8K0M2P4R6T8V0",
         *               "object": "payment",
         *               "order_id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *               "method": "card",
         *               "status": "succeeded",
         *               "amount": 980,
         *               "tip": 150,
         *               "tendered": null,
         *               "change": null,
         *               "reference": "ZVT-000123",
         *               "card": {
         *                 "brand": "visa",
         *                 "last4": "4242"
         *               },
         *               "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *               "livemode": true,
         *               "occurred_at": "2026-11-23T09:12:04.500Z",
         *               "created_at": "2026-11-23T09:12:04.500Z"
         *             }
         *           ],
         *           "refunds": [
         *             {
         *               "id": "ref_01KAQ3D5E7G9J1K3N5Q7S9V1W3",
         *               "object": "refund",
         *               "order_id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *               "payment_id": "pay_01KAQ3C2D4F6H8K0M2P4R6T8V0",
         *               "amount": 350,
         *               "reason": "spilled",
         *               "lines": [
         *                 {
         *                   "line_id": "lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X",
         *                   "quantity": 1,
         *                   "amount": 350,
         *                   "tax": 23
         *                 }
         *               ],
         *               "tax_breakdown": [
         *                 {
         *                   "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *                   "rate_ppm": 70000,
         *                   "net": 327,
         *                   "tax": 23,
         *                   "gross": 350
         *                 }
         *               ],
         *               "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *               "livemode": true,
         *               "occurred_at": "2026-11-23T09:12:04.500Z",
         *               "created_at": "2026-11-23T09:12:04.500Z"
         *             }
         *           ],
         *           "external_ref": null,
         *           "customer_note": null,
         *           "customer_id": null,
         *           "livemode": true,
         *           "occurred_at": "2026-11-23T09:12:04.500Z",
         *           "created_at": "2026-11-23T09:12:04.500Z",
         *           "updated_at": "2026-11-23T09:12:04.500Z",
         *           "voided_at": null
         *         }
         *       }
         *     }
         */
        OrderRefundedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "order.refunded";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Order */
                object: {
                    /**
                     * @description ord_… id
                     * @example ord_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "order";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    source: "till" | "api";
                    device_id: string | null;
                    staff_id: string | null;
                    /** @description human order number, printed on receipts */
                    number: string;
                    /** @enum {unknown} */
                    status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                    currency: string;
                    tax_mode: "inclusive" | "exclusive";
                    lines: {
                        /**
                         * @description lin_… id
                         * @example lin_01JD0000000000000000000000
                         */
                        id: string;
                        product_id: string | null;
                        name: string;
                        quantity: number;
                        /** @description product price before modifiers */
                        base_price: number;
                        /** @description product price plus modifier deltas */
                        unit_price: number;
                        modifiers: {
                            id: string;
                            name: string;
                            /** @description integer minor units (cents) */
                            price_delta: number;
                        }[];
                        discount: ({
                            /** @enum {string} */
                            kind: "percent";
                            /** @description 1000 = 10 % */
                            basis_points: number;
                        } | {
                            /** @enum {string} */
                            kind: "amount";
                            /** @description integer minor units (cents) */
                            amount: number;
                        }) | null;
                        /** @description unit_price × quantity */
                        gross_before_discount: number;
                        /** @description integer minor units (cents) */
                        line_discount: number;
                        /** @description integer minor units (cents) */
                        order_discount_share: number;
                        /** @description after discounts, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description what the customer pays for this line */
                        total: number;
                        tax_rate_id: string;
                        rate_ppm: number;
                        note: string | null;
                        weight: {
                            /** @description weight sold (gross minus tare), grams */
                            net_grams: number;
                            /** @description container weight taken off, grams */
                            tare_grams: number;
                            /** @description price per kilogram, in the location's tax mode */
                            price_per_kg: number;
                        } | null;
                        price_override: {
                            /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                            original_price: number;
                            approved_by: string | null;
                        } | null;
                    }[];
                    discount: ({
                        /** @enum {string} */
                        kind: "percent";
                        /** @description 1000 = 10 % */
                        basis_points: number;
                    } | {
                        /** @enum {string} */
                        kind: "amount";
                        /** @description integer minor units (cents) */
                        amount: number;
                    }) | null;
                    /** OrderTotals */
                    totals: {
                        /** @description Σ unit_price × quantity, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        discount_total: number;
                        /** @description integer minor units (cents) */
                        tax_total: number;
                        /** @description integer minor units (cents) */
                        net_total: number;
                        /** @description what the customer pays */
                        total: number;
                        /** @description Σ amount of succeeded payments, tips excluded */
                        amount_paid: number;
                        /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                        tip: number;
                        /** @description amount_paid + tip: all the money taken for the order */
                        amount_collected: number;
                        /** @description integer minor units (cents) */
                        amount_refunded: number;
                        /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                        tip_refunded?: number;
                        /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                        balance_due: number;
                    };
                    tax_breakdown: {
                        tax_rate_id: string;
                        rate_ppm: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description integer minor units (cents) */
                        gross: number;
                    }[];
                    payments: {
                        /**
                         * @description pay_… id
                         * @example pay_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "payment";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        /** @enum {unknown} */
                        method: "cash" | "card" | "external";
                        /** @enum {unknown} */
                        status: "succeeded" | "failed" | "pending";
                        /** @description applied to the order, tip excluded */
                        amount: number;
                        /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                        tip: number;
                        tendered: number | null;
                        change: number | null;
                        reference: string | null;
                        card: {
                            [key: string]: unknown;
                        } | null;
                        device_id: string | null;
                        /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                        amount_refunded?: number;
                        /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                        tip_refunded?: number;
                        /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                        failure_code?: string;
                        /** @description failed payments only */
                        failure_message?: string;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    refunds: {
                        /**
                         * @description ref_… id
                         * @example ref_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "refund";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        payment_id: string | null;
                        /** @description integer minor units (cents) */
                        amount: number;
                        /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                        tip?: number;
                        reason: string;
                        lines: {
                            line_id: string;
                            quantity: number;
                            /** @description integer minor units (cents) */
                            amount: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                        }[];
                        tax_breakdown: {
                            tax_rate_id: string;
                            rate_ppm: number;
                            /** @description integer minor units (cents) */
                            net: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                            /** @description integer minor units (cents) */
                            gross: number;
                        }[];
                        device_id: string | null;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    external_ref: string | null;
                    customer_note: string | null;
                    customer_id: string | null;
                    /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                    livemode: boolean;
                    /**
                     * Format: date-time
                     * @description when it happened (the till clock for till sales)
                     */
                    occurred_at: string;
                    /**
                     * Format: date-time
                     * @description when the cloud stored it
                     */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                    voided_at: string | null;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * OrderCancelledEvent
         * @description An order was cancelled through the API (POST /api/v1/orders/{id}/cancel): money still held was refunded first (payment.updated, order.refunded), then the order was voided; data.reason says why.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "order.cancelled",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *           "object": "order",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "source": "api",
         *           "device_id": null,
         *           "staff_id": "stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1",
         *           "number": "A-0042",
         *           "status": "voided",
         *           "currency": "EUR",
         *           "tax_mode": "inclusive",
         *           "lines": [
         *             {
         *               "id": "lin_01KAQ3B7YJ2K4M6N8P0R2T4V6X",
         *               "product_id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *               "name": "Flat white",
         *               "quantity": 2,
         *               "base_price": 350,
         *               "unit_price": 350,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 700,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 700,
         *               "net": 654,
         *               "tax": 46,
         *               "total": 700,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             },
         *             {
         *               "id": "lin_01KAQ3B7YJ3M5N7P9Q1S3V5W7Y",
         *               "product_id": "prd_01KAQ2ZX4F0G2H4J6K8M0N2P4R",
         *               "name": "Croissant",
         *               "quantity": 1,
         *               "base_price": 280,
         *               "unit_price": 280,
         *               "modifiers": [],
         *               "discount": null,
         *               "gross_before_discount": 280,
         *               "line_discount": 0,
         *               "order_discount_share": 0,
         *               "subtotal": 280,
         *               "net": 262,
         *               "tax": 18,
         *               "total": 280,
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "note": null,
         *               "weight": null,
         *               "price_override": null
         *             }
         *           ],
         *           "discount": null,
         *           "totals": {
         *             "subtotal": 980,
         *             "discount_total": 0,
         *             "tax_total": 64,
         *             "net_total": 916,
         *             "total": 980,
         *             "amount_paid": 0,
         *             "tip": 0,
         *             "amount_collected": 0,
         *             "amount_refunded": 0,
         *             "balance_due": 0
         *           },
         *           "tax_breakdown": [
         *             {
         *               "tax_rate_id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *               "rate_ppm": 70000,
         *               "net": 916,
         *               "tax": 64,
         *               "gross": 980
         *             }
         *           ],
         *           "payments": [],
         *           "refunds": [],
         *           "external_ref": null,
         *           "customer_note": null,
         *           "customer_id": null,
         *           "livemode": true,
         *           "occurred_at": "2026-11-23T09:12:04.500Z",
         *           "created_at": "2026-11-23T09:12:04.500Z",
         *           "updated_at": "2026-11-23T09:12:04.500Z",
         *           "voided_at": "2026-11-23T09:12:04.500Z"
         *         },
         *         "reason": "customer changed their mind"
         *       }
         *     }
         */
        OrderCancelledEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "order.cancelled";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Order */
                object: {
                    /**
                     * @description ord_… id
                     * @example ord_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "order";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    source: "till" | "api";
                    device_id: string | null;
                    staff_id: string | null;
                    /** @description human order number, printed on receipts */
                    number: string;
                    /** @enum {unknown} */
                    status: "open" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided";
                    currency: string;
                    tax_mode: "inclusive" | "exclusive";
                    lines: {
                        /**
                         * @description lin_… id
                         * @example lin_01JD0000000000000000000000
                         */
                        id: string;
                        product_id: string | null;
                        name: string;
                        quantity: number;
                        /** @description product price before modifiers */
                        base_price: number;
                        /** @description product price plus modifier deltas */
                        unit_price: number;
                        modifiers: {
                            id: string;
                            name: string;
                            /** @description integer minor units (cents) */
                            price_delta: number;
                        }[];
                        discount: ({
                            /** @enum {string} */
                            kind: "percent";
                            /** @description 1000 = 10 % */
                            basis_points: number;
                        } | {
                            /** @enum {string} */
                            kind: "amount";
                            /** @description integer minor units (cents) */
                            amount: number;
                        }) | null;
                        /** @description unit_price × quantity */
                        gross_before_discount: number;
                        /** @description integer minor units (cents) */
                        line_discount: number;
                        /** @description integer minor units (cents) */
                        order_discount_share: number;
                        /** @description after discounts, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description what the customer pays for this line */
                        total: number;
                        tax_rate_id: string;
                        rate_ppm: number;
                        note: string | null;
                        weight: {
                            /** @description weight sold (gross minus tare), grams */
                            net_grams: number;
                            /** @description container weight taken off, grams */
                            tare_grams: number;
                            /** @description price per kilogram, in the location's tax mode */
                            price_per_kg: number;
                        } | null;
                        price_override: {
                            /** @description the product price the cashier replaced (before modifiers); the new one is `base_price` */
                            original_price: number;
                            approved_by: string | null;
                        } | null;
                    }[];
                    discount: ({
                        /** @enum {string} */
                        kind: "percent";
                        /** @description 1000 = 10 % */
                        basis_points: number;
                    } | {
                        /** @enum {string} */
                        kind: "amount";
                        /** @description integer minor units (cents) */
                        amount: number;
                    }) | null;
                    /** OrderTotals */
                    totals: {
                        /** @description Σ unit_price × quantity, in the location's tax mode */
                        subtotal: number;
                        /** @description integer minor units (cents) */
                        discount_total: number;
                        /** @description integer minor units (cents) */
                        tax_total: number;
                        /** @description integer minor units (cents) */
                        net_total: number;
                        /** @description what the customer pays */
                        total: number;
                        /** @description Σ amount of succeeded payments, tips excluded */
                        amount_paid: number;
                        /** @description Σ tip of succeeded payments; not part of total, tax or sales */
                        tip: number;
                        /** @description amount_paid + tip: all the money taken for the order */
                        amount_collected: number;
                        /** @description integer minor units (cents) */
                        amount_refunded: number;
                        /** @description Σ tip given back (cancel or void: the whole tip); tip − tip_refunded is what the order keeps */
                        tip_refunded?: number;
                        /** @description total − paid (+ refunds given back before it was settled); tips never pay it down */
                        balance_due: number;
                    };
                    tax_breakdown: {
                        tax_rate_id: string;
                        rate_ppm: number;
                        /** @description integer minor units (cents) */
                        net: number;
                        /** @description integer minor units (cents) */
                        tax: number;
                        /** @description integer minor units (cents) */
                        gross: number;
                    }[];
                    payments: {
                        /**
                         * @description pay_… id
                         * @example pay_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "payment";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        /** @enum {unknown} */
                        method: "cash" | "card" | "external";
                        /** @enum {unknown} */
                        status: "succeeded" | "failed" | "pending";
                        /** @description applied to the order, tip excluded */
                        amount: number;
                        /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                        tip: number;
                        tendered: number | null;
                        change: number | null;
                        reference: string | null;
                        card: {
                            [key: string]: unknown;
                        } | null;
                        device_id: string | null;
                        /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                        amount_refunded?: number;
                        /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                        tip_refunded?: number;
                        /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                        failure_code?: string;
                        /** @description failed payments only */
                        failure_message?: string;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    refunds: {
                        /**
                         * @description ref_… id
                         * @example ref_01JD0000000000000000000000
                         */
                        id: string;
                        /** @enum {string} */
                        object: "refund";
                        /**
                         * @description ord_… id
                         * @example ord_01JD0000000000000000000000
                         */
                        order_id: string;
                        payment_id: string | null;
                        /** @description integer minor units (cents) */
                        amount: number;
                        /** @description tip given back on top of amount: only a cancel's refunds carry the payment's tip (POST …/refunds never does) */
                        tip?: number;
                        reason: string;
                        lines: {
                            line_id: string;
                            quantity: number;
                            /** @description integer minor units (cents) */
                            amount: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                        }[];
                        tax_breakdown: {
                            tax_rate_id: string;
                            rate_ppm: number;
                            /** @description integer minor units (cents) */
                            net: number;
                            /** @description integer minor units (cents) */
                            tax: number;
                            /** @description integer minor units (cents) */
                            gross: number;
                        }[];
                        device_id: string | null;
                        /** @description the order's mode: false for test mode */
                        livemode: boolean;
                        /** Format: date-time */
                        occurred_at: string;
                        /** Format: date-time */
                        created_at: string;
                    }[];
                    external_ref: string | null;
                    customer_note: string | null;
                    customer_id: string | null;
                    /** @description false for a test-mode order (a pos_test_ key, or a till paired in test mode); test orders never count in live reports */
                    livemode: boolean;
                    /**
                     * Format: date-time
                     * @description when it happened (the till clock for till sales)
                     */
                    occurred_at: string;
                    /**
                     * Format: date-time
                     * @description when the cloud stored it
                     */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                    voided_at: string | null;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * PaymentSucceededEvent
         * @description A payment was taken.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "payment.succeeded",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "id": "pay_01KAQ3C2D4F6H8K0M2P4R6T8V0",
         *           "object": "payment",
         *           "order_id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *           "method": "card",
         *           "status": "succeeded",
         *           "amount": 980,
         *           "tip": 150,
         *           "tendered": null,
         *           "change": null,
         *           "reference": "ZVT-000123",
         *           "card": {
         *             "brand": "visa",
         *             "last4": "4242"
         *           },
         *           "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *           "livemode": true,
         *           "occurred_at": "2026-11-23T09:12:04.500Z",
         *           "created_at": "2026-11-23T09:12:04.500Z"
         *         }
         *       }
         *     }
         */
        PaymentSucceededEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "payment.succeeded";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Payment */
                object: {
                    /**
                     * @description pay_… id
                     * @example pay_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "payment";
                    /**
                     * @description ord_… id
                     * @example ord_01JD0000000000000000000000
                     */
                    order_id: string;
                    /** @enum {unknown} */
                    method: "cash" | "card" | "external";
                    /** @enum {unknown} */
                    status: "succeeded" | "failed" | "pending";
                    /** @description applied to the order, tip excluded */
                    amount: number;
                    /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                    tip: number;
                    tendered: number | null;
                    change: number | null;
                    reference: string | null;
                    card: {
                        [key: string]: unknown;
                    } | null;
                    device_id: string | null;
                    /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                    amount_refunded?: number;
                    /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                    tip_refunded?: number;
                    /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                    failure_code?: string;
                    /** @description failed payments only */
                    failure_message?: string;
                    /** @description the order's mode: false for test mode */
                    livemode: boolean;
                    /** Format: date-time */
                    occurred_at: string;
                    /** Format: date-time */
                    created_at: string;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * PaymentFailedEvent
         * @description A payment attempt took no money: a card declined, aborted or timed out at a till, or a failed external payment reported through the API; `failure_code` and `failure_message` say why. The order is unchanged.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "payment.failed",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "id": "pay_01KAQ3C2D4F6H8K0M2P4R6T8V0",
         *           "object": "payment",
         *           "order_id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *           "method": "card",
         *           "status": "failed",
         *           "amount": 980,
         *           "tip": 0,
         *           "tendered": null,
         *           "change": null,
         *           "reference": null,
         *           "card": null,
         *           "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *           "livemode": true,
         *           "occurred_at": "2026-11-23T09:12:04.500Z",
         *           "created_at": "2026-11-23T09:12:04.500Z",
         *           "failure_code": "declined",
         *           "failure_message": "Card declined: Declined"
         *         }
         *       }
         *     }
         */
        PaymentFailedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "payment.failed";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Payment */
                object: {
                    /**
                     * @description pay_… id
                     * @example pay_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "payment";
                    /**
                     * @description ord_… id
                     * @example ord_01JD0000000000000000000000
                     */
                    order_id: string;
                    /** @enum {unknown} */
                    method: "cash" | "card" | "external";
                    /** @enum {unknown} */
                    status: "succeeded" | "failed" | "pending";
                    /** @description applied to the order, tip excluded */
                    amount: number;
                    /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                    tip: number;
                    tendered: number | null;
                    change: number | null;
                    reference: string | null;
                    card: {
                        [key: string]: unknown;
                    } | null;
                    device_id: string | null;
                    /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                    amount_refunded?: number;
                    /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                    tip_refunded?: number;
                    /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                    failure_code?: string;
                    /** @description failed payments only */
                    failure_message?: string;
                    /** @description the order's mode: false for test mode */
                    livemode: boolean;
                    /** Format: date-time */
                    occurred_at: string;
                    /** Format: date-time */
                    created_at: string;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * PaymentUpdatedEvent
         * @description A payment changed after it was taken (money refunded to it); data.previous_attributes holds the old values of what changed.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "payment.updated",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "pay_01KAQ3C2D4F6H8K0M2P4R6T8V0",
         *           "object": "payment",
         *           "order_id": "ord_01KAQ3B7YH6J0D2EM5V8W1ZQ3P",
         *           "method": "card",
         *           "status": "succeeded",
         *           "amount": 980,
         *           "tip": 150,
         *           "tendered": null,
         *           "change": null,
         *           "reference": "ZVT-000123",
         *           "card": {
         *             "brand": "visa",
         *             "last4": "4242"
         *           },
         *           "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *           "livemode": true,
         *           "occurred_at": "2026-11-23T09:12:04.500Z",
         *           "created_at": "2026-11-23T09:12:04.500Z",
         *           "amount_refunded": 980
         *         },
         *         "previous_attributes": {
         *           "amount_refunded": 0
         *         }
         *       }
         *     }
         */
        PaymentUpdatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "payment.updated";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Payment */
                object: {
                    /**
                     * @description pay_… id
                     * @example pay_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "payment";
                    /**
                     * @description ord_… id
                     * @example ord_01JD0000000000000000000000
                     */
                    order_id: string;
                    /** @enum {unknown} */
                    method: "cash" | "card" | "external";
                    /** @enum {unknown} */
                    status: "succeeded" | "failed" | "pending";
                    /** @description applied to the order, tip excluded */
                    amount: number;
                    /** @description added by the customer on top of amount (not taxed, not in the order total); a card was charged amount + tip */
                    tip: number;
                    tendered: number | null;
                    change: number | null;
                    reference: string | null;
                    card: {
                        [key: string]: unknown;
                    } | null;
                    device_id: string | null;
                    /** @description refunded to this payment (refunds tied to it; an order-level refund by amount is in the order totals) */
                    amount_refunded?: number;
                    /** @description of tip, given back: the whole tip once the order is cancelled or voided (the whole charge goes back); a refund never gives back a tip */
                    tip_refunded?: number;
                    /** @description failed payments only: declined | aborted | timeout (till) or the code the API caller gave */
                    failure_code?: string;
                    /** @description failed payments only */
                    failure_message?: string;
                    /** @description the order's mode: false for test mode */
                    livemode: boolean;
                    /** Format: date-time */
                    occurred_at: string;
                    /** Format: date-time */
                    created_at: string;
                };
                previous_attributes: {
                    [key: string]: unknown;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * ProductCreatedEvent
         * @description A product was created.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "product.created",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *           "object": "product",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "name": "Flat white",
         *           "description": "Double ristretto, steamed milk",
         *           "sku": "FW-01",
         *           "price": 350,
         *           "currency": "EUR",
         *           "tax_rate": {
         *             "id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *             "name": "Reduced",
         *             "rate_ppm": 70000
         *           },
         *           "category": {
         *             "id": "cat_01KAQ2ZW1A2B3C4D5E6F7G8H9J",
         *             "name": "Coffee",
         *             "color": "#6b4f3a",
         *             "sort_order": 1
         *           },
         *           "barcodes": [
         *             "4006381333931"
         *           ],
         *           "modifier_groups": [],
         *           "stock": {
         *             "on_hand": 20,
         *             "low_stock_threshold": 5
         *           },
         *           "sold_by_weight": false,
         *           "tare_grams": 0,
         *           "image_url": null,
         *           "active": true,
         *           "created_at": "2026-11-01T08:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         }
         *       }
         *     }
         */
        ProductCreatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "product.created";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Product */
                object: {
                    /**
                     * @description prd_… id
                     * @example prd_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "product";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    name: string;
                    description: string;
                    sku: string | null;
                    /** @description unit price in minor units, in the location's tax mode (gross when inclusive, net when exclusive) */
                    price: number;
                    currency: string;
                    /** TaxRate */
                    tax_rate: {
                        /**
                         * @description tax_… id
                         * @example tax_01JD0000000000000000000000
                         */
                        id: string;
                        name: string;
                        /** @description parts per million: 19 % = 190000 */
                        rate_ppm: number;
                    };
                    category: {
                        /**
                         * @description cat_… id
                         * @example cat_01JD0000000000000000000000
                         */
                        id: string;
                        name: string;
                        color: string | null;
                        sort_order: number;
                    } | null;
                    barcodes: string[];
                    modifier_groups: {
                        /**
                         * @description mgr_… id
                         * @example mgr_01JD0000000000000000000000
                         */
                        id: string;
                        name: string;
                        min_select: number;
                        max_select: number;
                        modifiers: {
                            /**
                             * @description mod_… id
                             * @example mod_01JD0000000000000000000000
                             */
                            id: string;
                            name: string;
                            /** @description added to the unit price, minor units (may be negative) */
                            price_delta: number;
                        }[];
                    }[];
                    stock: {
                        on_hand: number;
                        low_stock_threshold: number | null;
                    } | null;
                    /** @description sold by weight: `price` is per kilogram and the till weighs each sale on its scale */
                    sold_by_weight: boolean;
                    /** @description container weight the till subtracts when weighing, grams (0 when sold by the piece) */
                    tare_grams: number;
                    active: boolean;
                    image_url: string | null;
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * ProductUpdatedEvent
         * @description A product changed; data.previous_attributes holds the old values of what changed.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "product.updated",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *           "object": "product",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "name": "Flat white",
         *           "description": "Double ristretto, steamed milk",
         *           "sku": "FW-01",
         *           "price": 370,
         *           "currency": "EUR",
         *           "tax_rate": {
         *             "id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *             "name": "Reduced",
         *             "rate_ppm": 70000
         *           },
         *           "category": {
         *             "id": "cat_01KAQ2ZW1A2B3C4D5E6F7G8H9J",
         *             "name": "Coffee",
         *             "color": "#6b4f3a",
         *             "sort_order": 1
         *           },
         *           "barcodes": [
         *             "4006381333931"
         *           ],
         *           "modifier_groups": [],
         *           "stock": {
         *             "on_hand": 20,
         *             "low_stock_threshold": 5
         *           },
         *           "sold_by_weight": false,
         *           "tare_grams": 0,
         *           "image_url": null,
         *           "active": true,
         *           "created_at": "2026-11-01T08:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         },
         *         "previous_attributes": {
         *           "price": 350
         *         }
         *       }
         *     }
         */
        ProductUpdatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "product.updated";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Product */
                object: {
                    /**
                     * @description prd_… id
                     * @example prd_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "product";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    name: string;
                    description: string;
                    sku: string | null;
                    /** @description unit price in minor units, in the location's tax mode (gross when inclusive, net when exclusive) */
                    price: number;
                    currency: string;
                    /** TaxRate */
                    tax_rate: {
                        /**
                         * @description tax_… id
                         * @example tax_01JD0000000000000000000000
                         */
                        id: string;
                        name: string;
                        /** @description parts per million: 19 % = 190000 */
                        rate_ppm: number;
                    };
                    category: {
                        /**
                         * @description cat_… id
                         * @example cat_01JD0000000000000000000000
                         */
                        id: string;
                        name: string;
                        color: string | null;
                        sort_order: number;
                    } | null;
                    barcodes: string[];
                    modifier_groups: {
                        /**
                         * @description mgr_… id
                         * @example mgr_01JD0000000000000000000000
                         */
                        id: string;
                        name: string;
                        min_select: number;
                        max_select: number;
                        modifiers: {
                            /**
                             * @description mod_… id
                             * @example mod_01JD0000000000000000000000
                             */
                            id: string;
                            name: string;
                            /** @description added to the unit price, minor units (may be negative) */
                            price_delta: number;
                        }[];
                    }[];
                    stock: {
                        on_hand: number;
                        low_stock_threshold: number | null;
                    } | null;
                    /** @description sold by weight: `price` is per kilogram and the till weighs each sale on its scale */
                    sold_by_weight: boolean;
                    /** @description container weight the till subtracts when weighing, grams (0 when sold by the piece) */
                    tare_grams: number;
                    active: boolean;
                    image_url: string | null;
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
                previous_attributes: {
                    [key: string]: unknown;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * ProductDeletedEvent
         * @description A product was deleted.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "product.deleted",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *           "object": "product",
         *           "deleted": true
         *         }
         *       }
         *     }
         */
        ProductDeletedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "product.deleted";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                object: {
                    id: string;
                    /** @enum {string} */
                    object: "product";
                    /** @enum {boolean} */
                    deleted: true;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * TaxRateCreatedEvent
         * @description A tax rate was created (API v1 or the back office).
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "tax_rate.created",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *           "object": "tax_rate",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "name": "Reduced",
         *           "rate_ppm": 70000,
         *           "created_at": "2026-11-01T08:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         }
         *       }
         *     }
         */
        TaxRateCreatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "tax_rate.created";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** TaxRateObject */
                object: {
                    /**
                     * @description tax_… id
                     * @example tax_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "tax_rate";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    name: string;
                    /** @description parts per million: 19 % = 190000 */
                    rate_ppm: number;
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * TaxRateUpdatedEvent
         * @description A tax rate changed; data.previous_attributes holds the old values of what changed. Products using it are not re-sent.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "tax_rate.updated",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *           "object": "tax_rate",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "name": "Reduced",
         *           "rate_ppm": 70000,
         *           "created_at": "2026-11-01T08:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         },
         *         "previous_attributes": {
         *           "rate_ppm": 50000
         *         }
         *       }
         *     }
         */
        TaxRateUpdatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "tax_rate.updated";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** TaxRateObject */
                object: {
                    /**
                     * @description tax_… id
                     * @example tax_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "tax_rate";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    name: string;
                    /** @description parts per million: 19 % = 190000 */
                    rate_ppm: number;
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
                previous_attributes: {
                    [key: string]: unknown;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * TaxRateDeletedEvent
         * @description A tax rate no product uses any more was deleted.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "tax_rate.deleted",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "tax_01KAQ2ZW0Z1Y2X3W4V5T6S7R8Q",
         *           "object": "tax_rate",
         *           "deleted": true
         *         }
         *       }
         *     }
         */
        TaxRateDeletedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "tax_rate.deleted";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                object: {
                    id: string;
                    /** @enum {string} */
                    object: "tax_rate";
                    /** @enum {boolean} */
                    deleted: true;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * CategoryCreatedEvent
         * @description A category was created (API v1 or the back office).
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "category.created",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "cat_01KAQ2ZW1A2B3C4D5E6F7G8H9J",
         *           "object": "category",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "name": "Coffee",
         *           "color": "#6b4f3a",
         *           "sort_order": 1,
         *           "created_at": "2026-11-01T08:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         }
         *       }
         *     }
         */
        CategoryCreatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "category.created";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** CategoryObject */
                object: {
                    /**
                     * @description cat_… id
                     * @example cat_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "category";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    name: string;
                    color: string | null;
                    sort_order: number;
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * CategoryUpdatedEvent
         * @description A category changed; data.previous_attributes holds the old values of what changed.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "category.updated",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "cat_01KAQ2ZW1A2B3C4D5E6F7G8H9J",
         *           "object": "category",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "name": "Coffee & Tea",
         *           "color": "#6b4f3a",
         *           "sort_order": 1,
         *           "created_at": "2026-11-01T08:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         },
         *         "previous_attributes": {
         *           "name": "Coffee"
         *         }
         *       }
         *     }
         */
        CategoryUpdatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "category.updated";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** CategoryObject */
                object: {
                    /**
                     * @description cat_… id
                     * @example cat_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "category";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    name: string;
                    color: string | null;
                    sort_order: number;
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
                previous_attributes: {
                    [key: string]: unknown;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * CategoryDeletedEvent
         * @description A category was deleted; its products were left uncategorized first (each with a product.updated).
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "category.deleted",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "cat_01KAQ2ZW1A2B3C4D5E6F7G8H9J",
         *           "object": "category",
         *           "deleted": true
         *         }
         *       }
         *     }
         */
        CategoryDeletedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "category.deleted";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                object: {
                    id: string;
                    /** @enum {string} */
                    object: "category";
                    /** @enum {boolean} */
                    deleted: true;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * ModifierGroupCreatedEvent
         * @description A modifier group (with its modifiers) was created (API v1 or the back office).
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "modifier_group.created",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "mgr_01KAQ2ZW2B3C4D5E6F7G8H9J0K",
         *           "object": "modifier_group",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "name": "Milk",
         *           "min_select": 0,
         *           "max_select": 1,
         *           "modifiers": [
         *             {
         *               "id": "mod_01KAQ2ZW3C4D5E6F7G8H9J0K1M",
         *               "name": "Oat milk",
         *               "price_delta": 50
         *             }
         *           ],
         *           "created_at": "2026-11-01T08:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         }
         *       }
         *     }
         */
        ModifierGroupCreatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "modifier_group.created";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** ModifierGroupObject */
                object: {
                    /**
                     * @description mgr_… id
                     * @example mgr_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "modifier_group";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    name: string;
                    min_select: number;
                    max_select: number;
                    modifiers: {
                        /**
                         * @description mod_… id
                         * @example mod_01JD0000000000000000000000
                         */
                        id: string;
                        name: string;
                        /** @description added to the unit price, minor units (may be negative) */
                        price_delta: number;
                    }[];
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * ModifierGroupUpdatedEvent
         * @description A modifier group or its modifiers changed; data.previous_attributes holds the old values of what changed.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "modifier_group.updated",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "mgr_01KAQ2ZW2B3C4D5E6F7G8H9J0K",
         *           "object": "modifier_group",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "name": "Milk",
         *           "min_select": 0,
         *           "max_select": 2,
         *           "modifiers": [
         *             {
         *               "id": "mod_01KAQ2ZW3C4D5E6F7G8H9J0K1M",
         *               "name": "Oat milk",
         *               "price_delta": 50
         *             }
         *           ],
         *           "created_at": "2026-11-01T08:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         },
         *         "previous_attributes": {
         *           "max_select": 1
         *         }
         *       }
         *     }
         */
        ModifierGroupUpdatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "modifier_group.updated";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** ModifierGroupObject */
                object: {
                    /**
                     * @description mgr_… id
                     * @example mgr_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "modifier_group";
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    location_id: string;
                    name: string;
                    min_select: number;
                    max_select: number;
                    modifiers: {
                        /**
                         * @description mod_… id
                         * @example mod_01JD0000000000000000000000
                         */
                        id: string;
                        name: string;
                        /** @description added to the unit price, minor units (may be negative) */
                        price_delta: number;
                    }[];
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
                previous_attributes: {
                    [key: string]: unknown;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * ModifierGroupDeletedEvent
         * @description A modifier group was deleted; products using it lost it first (each with a product.updated).
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "modifier_group.deleted",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "mgr_01KAQ2ZW2B3C4D5E6F7G8H9J0K",
         *           "object": "modifier_group",
         *           "deleted": true
         *         }
         *       }
         *     }
         */
        ModifierGroupDeletedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "modifier_group.deleted";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                object: {
                    id: string;
                    /** @enum {string} */
                    object: "modifier_group";
                    /** @enum {boolean} */
                    deleted: true;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * LocationUpdatedEvent
         * @description A location changed (API v1 or the back office); data.previous_attributes holds the old values of what changed.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "location.updated",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "object": "location",
         *           "name": "Café Berlin",
         *           "address": {
         *             "line1": "Torstraße 1",
         *             "city": "Berlin",
         *             "postal_code": "10119",
         *             "country": "DE"
         *           },
         *           "timezone": "Europe/Berlin",
         *           "currency": "EUR",
         *           "tax_mode": "inclusive",
         *           "cash_rounding": 1,
         *           "created_at": "2026-11-01T08:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         },
         *         "previous_attributes": {
         *           "name": "Café Mitte"
         *         }
         *       }
         *     }
         */
        LocationUpdatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "location.updated";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Location */
                object: {
                    /**
                     * @description loc_… id
                     * @example loc_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "location";
                    name: string;
                    address: {
                        line1?: string;
                        line2?: string;
                        city?: string;
                        postal_code?: string;
                        region?: string;
                        /** @description ISO 3166-1 alpha-2 */
                        country?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    /** @description IANA time zone, e.g. Europe/Berlin */
                    timezone: string;
                    /** @description ISO 4217 currency code */
                    currency: string;
                    /** @description inclusive: prices contain tax (EU VAT); exclusive: tax is added on top (US sales tax) */
                    tax_mode: "inclusive" | "exclusive";
                    /** @description smallest coin in minor units (5 = 0.05) */
                    cash_rounding: number;
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
                previous_attributes: {
                    [key: string]: unknown;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * CustomerCreatedEvent
         * @description A customer was created (API v1).
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "customer.created",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "cus_01KAQ2ZY5F6G7H8J9K0M1N2P3Q",
         *           "object": "customer",
         *           "name": "Mia Schmidt",
         *           "email": "mia@example.com",
         *           "phone": "+49 30 1234567",
         *           "note": "",
         *           "livemode": true,
         *           "created_at": "2026-11-20T10:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         }
         *       }
         *     }
         */
        CustomerCreatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "customer.created";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Customer */
                object: {
                    /**
                     * @description cus_… id
                     * @example cus_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "customer";
                    name: string | null;
                    email: string | null;
                    phone: string | null;
                    /** @description for staff; never printed on receipts */
                    note: string;
                    /** @description false for a test-mode customer (created with a pos_test_ key) */
                    livemode: boolean;
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * CustomerUpdatedEvent
         * @description A customer changed; data.previous_attributes holds the old values of what changed.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "customer.updated",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "cus_01KAQ2ZY5F6G7H8J9K0M1N2P3Q",
         *           "object": "customer",
         *           "name": "Mia Schmidt",
         *           "email": "mia@example.com",
         *           "phone": "+49 30 1234567",
         *           "note": "",
         *           "livemode": true,
         *           "created_at": "2026-11-20T10:00:00.000Z",
         *           "updated_at": "2026-11-23T08:00:00.000Z"
         *         },
         *         "previous_attributes": {
         *           "phone": null
         *         }
         *       }
         *     }
         */
        CustomerUpdatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "customer.updated";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                /** Customer */
                object: {
                    /**
                     * @description cus_… id
                     * @example cus_01JD0000000000000000000000
                     */
                    id: string;
                    /** @enum {string} */
                    object: "customer";
                    name: string | null;
                    email: string | null;
                    phone: string | null;
                    /** @description for staff; never printed on receipts */
                    note: string;
                    /** @description false for a test-mode customer (created with a pos_test_ key) */
                    livemode: boolean;
                    /** Format: date-time */
                    created_at: string;
                    /** Format: date-time */
                    updated_at: string;
                };
                previous_attributes: {
                    [key: string]: unknown;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * InventoryUpdatedEvent
         * @description A product's stock level changed at a location.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "inventory.updated",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "object": "inventory",
         *           "product_id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "on_hand": 18,
         *           "previous_on_hand": 20,
         *           "low_stock_threshold": 5
         *         }
         *       }
         *     }
         */
        InventoryUpdatedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "inventory.updated";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                object: {
                    /** @enum {string} */
                    object: "inventory";
                    product_id: string;
                    location_id: string;
                    on_hand: number;
                    previous_on_hand: number;
                    low_stock_threshold: number | null;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * InventoryLowStockEvent
         * @description Stock fell to or below the low-stock threshold.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "inventory.low_stock",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "object": "inventory",
         *           "product_id": "prd_01KAQ2ZX4E8F9G1H2J3K5M6N7P",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "on_hand": 4,
         *           "previous_on_hand": 6,
         *           "low_stock_threshold": 5
         *         }
         *       }
         *     }
         */
        InventoryLowStockEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "inventory.low_stock";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                object: {
                    /** @enum {string} */
                    object: "inventory";
                    product_id: string;
                    location_id: string;
                    on_hand: number;
                    previous_on_hand: number;
                    low_stock_threshold: number | null;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * ShiftClosedEvent
         * @description A shift was closed at a till; carries its Z report.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "shift.closed",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "id": "shf_01KAQ1A2B3C4D5E6F7G8H9J0K1",
         *           "object": "shift",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *           "opened_at": "2026-11-23T07:00:00.000Z",
         *           "closed_at": "2026-11-23T17:05:00.000Z",
         *           "closed_by": "stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1",
         *           "z_report": {
         *             "sales_count": 142,
         *             "gross_sales": 183450,
         *             "refunds": 1200,
         *             "tips_total": 6420,
         *             "expected_cash": 45300,
         *             "counted_cash": 45250
         *           }
         *         }
         *       }
         *     }
         */
        ShiftClosedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "shift.closed";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                object: {
                    id: string;
                    /** @enum {string} */
                    object: "shift";
                    location_id: string;
                    device_id: string | null;
                    /** Format: date-time */
                    opened_at: string;
                    /** Format: date-time */
                    closed_at: string;
                    closed_by: string | null;
                    z_report: {
                        sales_count: number;
                        /** @description integer minor units (cents) */
                        gross_sales: number;
                        /** @description integer minor units (cents) */
                        refunds: number;
                        /** @description tips taken in the shift (not in gross_sales) */
                        tips_total?: number;
                        /** @description integer minor units (cents) */
                        expected_cash: number;
                        counted_cash: number | null;
                    };
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * DevicePairedEvent
         * @description A till was paired with a location.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "device.paired",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *       "data": {
         *         "object": {
         *           "id": "dev_01KAQ30B1C7K2M9N4P6R8T0V2X",
         *           "object": "device",
         *           "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *           "name": "Counter 1",
         *           "paired_at": "2026-11-23T06:55:00.000Z",
         *           "livemode": true
         *         }
         *       }
         *     }
         */
        DevicePairedEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "device.paired";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                object: {
                    id: string;
                    /** @enum {string} */
                    object: "device";
                    location_id: string;
                    name: string;
                    /** Format: date-time */
                    paired_at: string;
                    /** @description false for a till paired with a test-mode code */
                    livemode: boolean;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * WebhookEndpointDisabledEvent
         * @description The service disabled one of the business's webhook endpoints by itself (its receiver answered 410 Gone, or every delivery failed after all retries for 3 days); sent to the business's other endpoints. Re-enable it with PATCH enabled:true and replay what it missed.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "webhook_endpoint.disabled",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "whk_01KAQ0Z9Y8X7W6V5T4S3R2Q1P0",
         *           "object": "webhook_endpoint",
         *           "name": "stock-control",
         *           "url": "https://stock.example.com/anywhere-webhook",
         *           "enabled": false,
         *           "disabled_reason": "The receiver answered 410 Gone at 2026-11-23T09:12:04.500Z (delivery dlv_01KAQ3E1F3H5K7M9P1R3T5W7Y9).",
         *           "disabled_at": "2026-11-23T09:12:04.500Z",
         *           "livemode": true
         *         }
         *       }
         *     }
         */
        WebhookEndpointDisabledEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "webhook_endpoint.disabled";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                object: {
                    id: string;
                    /** @enum {string} */
                    object: "webhook_endpoint";
                    name: string;
                    url: string;
                    /** @enum {boolean} */
                    enabled: false;
                    disabled_reason: string;
                    /** Format: date-time */
                    disabled_at: string;
                    livemode: boolean;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
        /**
         * WebhookTestEvent
         * @description Sent by POST /api/v1/webhooks/{id}/test; never emitted by real changes.
         * @example {
         *       "id": "evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9",
         *       "type": "webhook.test",
         *       "created_at": "2026-11-23T09:12:05.020Z",
         *       "occurred_at": "2026-11-23T09:12:04.500Z",
         *       "cursor": "1000001-42",
         *       "api_version": "2026-11-01",
         *       "location_id": "loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7",
         *       "device_id": null,
         *       "data": {
         *         "object": {
         *           "id": "whk_01KAQ0Z9Y8X7W6V5T4S3R2Q1P0",
         *           "object": "webhook_endpoint",
         *           "message": "This is a test event from Anywhere POS."
         *         }
         *       }
         *     }
         */
        WebhookTestEvent: {
            /** @description evt_… — unique; the same id on every delivery attempt and replay */
            id: string;
            /** @enum {string} */
            type: "webhook.test";
            /**
             * Format: date-time
             * @description when the cloud recorded the event
             */
            created_at: string;
            /**
             * Format: date-time
             * @description when it happened (a till's clock for till sales)
             */
            occurred_at: string;
            /** @description this event's position in the events feed: pass it as ?since= to resume */
            cursor: string;
            api_version: string;
            location_id: string | null;
            device_id: string | null;
            /** @description false for test-mode events (a pos_test_ key or a till paired in test mode); test events go to test endpoints only */
            livemode: boolean;
            /** @description Full endpoints get the object; `payload:"thin"` endpoints get `{id, url}`. */
            data: {
                object: {
                    id: string;
                    /** @enum {string} */
                    object: "webhook_endpoint";
                    message: string;
                };
            } | {
                /** @description the object's id */
                id: string;
                /** @description where the API serves the object (null when it has no such resource) */
                url: string | null;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    webhook_order_created: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCreatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_updated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderUpdatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_paid: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderPaidEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_voided: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderVoidedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_refunded: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderRefundedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_order_cancelled: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCancelledEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_payment_succeeded: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentSucceededEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_payment_failed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentFailedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_payment_updated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentUpdatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_product_created: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductCreatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_product_updated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductUpdatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_product_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductDeletedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_tax_rate_created: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxRateCreatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_tax_rate_updated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxRateUpdatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_tax_rate_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxRateDeletedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_category_created: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryCreatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_category_updated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryUpdatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_category_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryDeletedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_modifier_group_created: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifierGroupCreatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_modifier_group_updated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifierGroupUpdatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_modifier_group_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifierGroupDeletedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_location_updated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationUpdatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_customer_created: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_customer_updated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerUpdatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_inventory_updated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InventoryUpdatedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_inventory_low_stock: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InventoryLowStockEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_shift_closed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShiftClosedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_device_paired: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevicePairedEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_endpoint_disabled: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointDisabledEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_test: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Always `AnywherePOS-Webhooks/1`.
                 * @example AnywherePOS-Webhooks/1
                 */
                "User-Agent": string;
                /**
                 * @description The event id (`evt_…`), the same on every attempt and replay: deduplicate on it.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "X-Pos-Event-Id": string;
                /**
                 * @description The event type, e.g. `order.paid`.
                 * @example order.paid
                 */
                "X-Pos-Event-Type": string;
                /**
                 * @description This delivery (`dlv_…`); retries of it keep the id.
                 * @example dlv_01KAQ3E1G4J6L8N0Q2S4U6W8Z0
                 */
                "X-Pos-Delivery-Id": string;
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; the whole `whsec_…` string is the key. While a rotated-out secret is still valid, one `v1=` per valid secret, newest first.
                 * @example t=1763890324,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Pos-Signature": string;
                /**
                 * @description Standard Webhooks: the event id.
                 * @example evt_01KAQ3E1F3H5K7M9P1R3T5W7Y9
                 */
                "webhook-id": string;
                /**
                 * @description Standard Webhooks: unix seconds of the signature.
                 * @example 1763890324
                 */
                "webhook-timestamp": string;
                /**
                 * @description Standard Webhooks: `v1,<base64 HMAC-SHA256>` per valid secret (key: the base64-decoded part of the secret).
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestEvent"];
            };
        };
        responses: {
            /** @description Gone: the endpoint is disabled at once. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Acknowledged: any 2xx within the timeout (default 10 s) ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or a timeout) is retried on the schedule (5 min, 30 min, 2 h, 12 h); `Retry-After` on 429/503 is honoured. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
