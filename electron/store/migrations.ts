// Append only: never edit a migration that has shipped; add the next version instead.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'settings and profiles',
    sql: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      -- The secret key is deliberately absent: it lives in the OS keychain only.
      CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        vendor_id TEXT NOT NULL,
        access_key TEXT NOT NULL,
        key_issued_at TEXT NOT NULL,
        base_url_kind TEXT NOT NULL CHECK (base_url_kind IN ('live', 'sandbox')),
        base_url TEXT NOT NULL,
        proxy_url TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'orders: shipments, items, status history, claims, sync cursors, outbox, saved filters',
    sql: `
      -- One row per shipment box (묶음배송 단위) of a vendor. IDs are TEXT (shipmentBoxId has 18
      -- digits). The columns are derived from the last order sheet Coupang sent (kept whole in
      -- orders_raw) for the grid, search and sorting.
      CREATE TABLE orders (
        id INTEGER PRIMARY KEY, -- stable rowid (VACUUM keeps it): the full-text index points at it
        vendor_id TEXT NOT NULL,
        shipment_box_id TEXT NOT NULL,
        order_id TEXT NOT NULL,
        status TEXT NOT NULL,
        ordered_at TEXT NOT NULL,
        ordered_ms INTEGER NOT NULL,
        paid_at TEXT,
        receiver_name TEXT NOT NULL DEFAULT '',
        receiver_phone_last4 TEXT NOT NULL DEFAULT '',
        receiver_phone_digits TEXT NOT NULL DEFAULT '',
        receiver_hash TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        product_summary TEXT NOT NULL DEFAULT '',
        item_count INTEGER NOT NULL DEFAULT 0,
        quantity_to_ship INTEGER NOT NULL DEFAULT 0,
        order_price INTEGER NOT NULL DEFAULT 0,
        delivery_company_code TEXT,
        delivery_company_name TEXT,
        invoice_number TEXT,
        split_shipping INTEGER NOT NULL DEFAULT 0,
        able_split_shipping INTEGER NOT NULL DEFAULT 0,
        claim_pending INTEGER NOT NULL DEFAULT 0,
        receiver_changed INTEGER NOT NULL DEFAULT 0,
        receiver_verified INTEGER NOT NULL DEFAULT 0,
        gone_reason TEXT,
        raw_hash TEXT NOT NULL,
        status_source TEXT NOT NULL,
        status_changed_at TEXT NOT NULL,
        seen_run TEXT,
        seen_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (vendor_id, shipment_box_id)
      );
      -- Each grid order ends in shipment_box_id (the tie-breaker), so a page is an index walk.
      CREATE INDEX orders_by_time ON orders (vendor_id, ordered_ms, shipment_box_id);
      -- Status tabs leave out shipments Coupang reports cancelled/returned (gone_reason): partial indexes.
      CREATE INDEX orders_by_status_time ON orders (vendor_id, status, ordered_ms, shipment_box_id) WHERE gone_reason IS NULL;
      CREATE INDEX orders_by_claim_time ON orders (vendor_id, claim_pending, ordered_ms, shipment_box_id);
      CREATE INDEX orders_by_tab ON orders (vendor_id, gone_reason, status, ordered_ms);
      CREATE INDEX orders_by_order_id ON orders (vendor_id, order_id);
      CREATE INDEX orders_by_phone ON orders (vendor_id, receiver_phone_last4);
      CREATE INDEX orders_by_receiver ON orders (vendor_id, receiver_name, ordered_ms, shipment_box_id);
      CREATE INDEX orders_by_price ON orders (vendor_id, order_price, ordered_ms, shipment_box_id);
      CREATE INDEX orders_by_status_name ON orders (vendor_id, status, receiver_name, ordered_ms, shipment_box_id) WHERE gone_reason IS NULL;
      CREATE INDEX orders_by_status_price ON orders (vendor_id, status, order_price, ordered_ms, shipment_box_id) WHERE gone_reason IS NULL;

      -- Substring search of receiver and product names (search_text, normalised by
      -- shared/orders/search.ts) for terms of 3+ characters; shorter ones scan search_text.
      CREATE VIRTUAL TABLE orders_fts USING fts5(search_text, content='', contentless_delete=1, tokenize='trigram');
      CREATE TRIGGER orders_fts_insert AFTER INSERT ON orders BEGIN
        INSERT INTO orders_fts (rowid, search_text) VALUES (new.id, new.search_text);
      END;
      CREATE TRIGGER orders_fts_update AFTER UPDATE OF search_text ON orders WHEN old.search_text IS NOT new.search_text BEGIN
        DELETE FROM orders_fts WHERE rowid = old.id;
        INSERT INTO orders_fts (rowid, search_text) VALUES (new.id, new.search_text);
      END;
      CREATE TRIGGER orders_fts_delete AFTER DELETE ON orders BEGIN
        DELETE FROM orders_fts WHERE rowid = old.id;
      END;

      -- The last order sheet Coupang sent, whole (lossless JSON), apart from the grid columns so
      -- that scans for search stay small.
      CREATE TABLE orders_raw (
        vendor_id TEXT NOT NULL,
        shipment_box_id TEXT NOT NULL,
        raw_json TEXT NOT NULL,
        PRIMARY KEY (vendor_id, shipment_box_id),
        FOREIGN KEY (vendor_id, shipment_box_id) REFERENCES orders (vendor_id, shipment_box_id) ON DELETE CASCADE
      ) WITHOUT ROWID;

      CREATE TABLE order_items (
        vendor_id TEXT NOT NULL,
        shipment_box_id TEXT NOT NULL,
        vendor_item_id TEXT NOT NULL,
        line_no INTEGER NOT NULL,
        vendor_item_name TEXT NOT NULL DEFAULT '',
        seller_product_id TEXT,
        seller_product_name TEXT NOT NULL DEFAULT '',
        seller_product_item_name TEXT NOT NULL DEFAULT '',
        external_vendor_sku_code TEXT,
        shipping_count INTEGER NOT NULL DEFAULT 0,
        cancel_count INTEGER NOT NULL DEFAULT 0,
        hold_count_for_cancel INTEGER NOT NULL DEFAULT 0,
        quantity_to_ship INTEGER NOT NULL DEFAULT 0,
        sales_price INTEGER NOT NULL DEFAULT 0,
        order_price INTEGER NOT NULL DEFAULT 0,
        invoice_number TEXT,
        delivery_company_code TEXT,
        PRIMARY KEY (vendor_id, shipment_box_id, vendor_item_id),
        FOREIGN KEY (vendor_id, shipment_box_id) REFERENCES orders (vendor_id, shipment_box_id) ON DELETE CASCADE
      );
      CREATE INDEX order_items_by_item ON order_items (vendor_id, vendor_item_id);

      -- What wingdesk saw, with when: a row only when the status changed.
      CREATE TABLE order_status_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        vendor_id TEXT NOT NULL,
        shipment_box_id TEXT NOT NULL,
        status TEXT NOT NULL,
        at TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('sync', 'coupang', 'action')),
        FOREIGN KEY (vendor_id, shipment_box_id) REFERENCES orders (vendor_id, shipment_box_id) ON DELETE CASCADE
      );
      CREATE INDEX order_status_history_by_box ON order_status_history (vendor_id, shipment_box_id, id);

      -- Stop-shipment (RELEASE_STOP, from the RU list) and cancel (CANCEL, cancelType=CANCEL)
      -- receipts. Linked to shipments through their items' shipmentBoxId (or the orderId).
      CREATE TABLE order_claims (
        vendor_id TEXT NOT NULL,
        receipt_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('RELEASE_STOP', 'CANCEL')),
        order_id TEXT NOT NULL,
        receipt_type TEXT NOT NULL,
        receipt_status TEXT NOT NULL,
        cancel_count_sum INTEGER NOT NULL DEFAULT 0,
        release_stop_status TEXT,
        reason_ko TEXT,
        requested_at TEXT,
        modified_at TEXT,
        raw_json TEXT NOT NULL,
        seen_run TEXT,
        seen_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (vendor_id, receipt_id)
      );
      CREATE INDEX order_claims_by_order ON order_claims (vendor_id, order_id);
      CREATE INDEX order_claims_by_status ON order_claims (vendor_id, kind, receipt_status);
      CREATE TABLE order_claim_items (
        vendor_id TEXT NOT NULL,
        receipt_id TEXT NOT NULL,
        vendor_item_id TEXT NOT NULL,
        shipment_box_id TEXT NOT NULL DEFAULT '',
        cancel_count INTEGER NOT NULL DEFAULT 0,
        purchase_count INTEGER NOT NULL DEFAULT 0,
        release_status TEXT,
        PRIMARY KEY (vendor_id, receipt_id, vendor_item_id, shipment_box_id),
        FOREIGN KEY (vendor_id, receipt_id) REFERENCES order_claims (vendor_id, receipt_id) ON DELETE CASCADE
      );
      CREATE INDEX order_claim_items_by_box ON order_claim_items (vendor_id, shipment_box_id);

      -- Per vendor: where the next incremental pull starts, and the unfinished pull (plan + per
      -- task nextToken) so a pull killed half-way resumes instead of starting over.
      CREATE TABLE orders_sync_state (
        vendor_id TEXT PRIMARY KEY,
        cursor_at TEXT,
        transit_at TEXT,
        last_success_at TEXT,
        last_error_ko TEXT,
        last_error_at TEXT,
        run_json TEXT
      );

      -- Every action is journaled here before it is sent: queued (offline) / pending (journaled)
      -- -> sent (on the wire) -> done | failed | unknown (no answer: reconciled by reading).
      CREATE TABLE orders_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        vendor_id TEXT NOT NULL,
        action TEXT NOT NULL,
        shipment_box_id TEXT NOT NULL,
        payload_json TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'pending', 'sent', 'done', 'failed', 'unknown')),
        batch_id TEXT,
        message_ko TEXT NOT NULL DEFAULT '',
        retry_required INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        finished_at TEXT,
        checked_at TEXT
      );
      CREATE INDEX orders_outbox_by_state ON orders_outbox (vendor_id, state, id);
      CREATE INDEX orders_outbox_by_box ON orders_outbox (vendor_id, shipment_box_id, id);

      CREATE TABLE orders_saved_filters (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        filter_json TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'coupons: request tracker, download coupons, known coupon options',
    sql: `
      -- Every coupon write is journaled here before it is sent (SUBMITTING), then follows Coupang:
      -- REQUESTED (accepted, polled with the requestedId) -> DONE | FAIL, or UNKNOWN (no answer:
      -- reconciled by reading before anything is sent again). requested_id is TEXT: instant
      -- requestedIds have up to 21 digits, download requestTransactionIds look like et5_....
      CREATE TABLE coupon_requests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        vendor_id TEXT NOT NULL,
        profile_id TEXT,
        family TEXT NOT NULL CHECK (family IN ('instant', 'download')),
        kind TEXT NOT NULL CHECK (kind IN ('COUPON_PUBLISH', 'COUPON_EXPIRE', 'COUPON_ITEM_PUBLISH', 'COUPON_ITEM_EXPIRE')),
        requested_id TEXT,
        coupon_id TEXT,
        parent_id INTEGER REFERENCES coupon_requests (id),
        state TEXT NOT NULL CHECK (state IN ('SUBMITTING', 'REQUESTED', 'DONE', 'FAIL', 'UNKNOWN')),
        payload_json TEXT NOT NULL,
        summary_ko TEXT NOT NULL,
        total INTEGER,
        succeeded INTEGER,
        failed INTEGER,
        failed_items_json TEXT NOT NULL DEFAULT '[]',
        reason_ko TEXT,
        last_error_ko TEXT,
        error_streak INTEGER NOT NULL DEFAULT 0,
        polls INTEGER NOT NULL DEFAULT 0,
        reconcile_attempts INTEGER NOT NULL DEFAULT 0,
        can_resend INTEGER NOT NULL DEFAULT 0,
        -- Instant creation: the options to add once Coupang has created the coupon.
        followup TEXT CHECK (followup IN ('pending', 'done')),
        next_poll_at INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT
      );
      CREATE INDEX coupon_requests_by_state ON coupon_requests (state, next_poll_at);
      CREATE INDEX coupon_requests_by_coupon ON coupon_requests (vendor_id, family, coupon_id);
      CREATE UNIQUE INDEX coupon_requests_by_requested_id ON coupon_requests (vendor_id, family, requested_id) WHERE requested_id IS NOT NULL;

      -- Coupang has no list API for download coupons: the ones created or looked up here.
      CREATE TABLE coupon_download (
        vendor_id TEXT NOT NULL,
        coupon_id TEXT NOT NULL,
        contract_id TEXT,
        user_id TEXT,
        title TEXT,
        coupon_status TEXT,
        start_date TEXT,
        end_date TEXT,
        raw_json TEXT NOT NULL,
        destroyed INTEGER NOT NULL DEFAULT 0,
        checked_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (vendor_id, coupon_id)
      );

      -- Which options wingdesk knows to be in which coupon (from finished requests and item
      -- lists), to warn before a second coupon is put on the same option (rules 22, 37).
      CREATE TABLE coupon_options (
        vendor_id TEXT NOT NULL,
        family TEXT NOT NULL CHECK (family IN ('instant', 'download')),
        vendor_item_id TEXT NOT NULL,
        coupon_id TEXT NOT NULL,
        initial INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (vendor_id, family, vendor_item_id, coupon_id)
      );
      CREATE INDEX coupon_options_by_coupon ON coupon_options (vendor_id, family, coupon_id);
    `,
  },
  {
    version: 4,
    name: 'products: wizard drafts',
    sql: `
      -- The registration wizard's drafts, per vendor: saved at every step so a restart resumes at
      -- the step left. data is the ProductDraftData JSON; original is the products.get answer an
      -- edit started from (sent back whole on modify); seller_product_id once Coupang has it.
      CREATE TABLE product_drafts (
        id TEXT PRIMARY KEY,
        vendor_id TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('create', 'edit')),
        step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 8),
        name TEXT NOT NULL DEFAULT '',
        category_name TEXT,
        seller_product_id TEXT,
        data_json TEXT NOT NULL,
        original_json TEXT,
        last_status TEXT,
        deny_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX product_drafts_by_vendor ON product_drafts (vendor_id, updated_at);
    `,
  },
  {
    version: 5,
    name: 'invoices: bulk upload jobs, their rows and boxes, column templates',
    sql: `
      -- Saved column mappings, found again by the header signature of a file.
      CREATE TABLE invoice_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        signature TEXT NOT NULL,
        mapping_json TEXT NOT NULL,
        default_carrier TEXT,
        header_row INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX invoice_templates_by_signature ON invoice_templates (signature, updated_at);

      -- A bulk upload: journaled whole (job + every file row) before anything is sent.
      -- running -> paused <-> running -> done | cancelled. runner_pid/heartbeat_at is the lease
      -- of the process running it, so a job whose process died is taken over on the next start.
      CREATE TABLE invoice_jobs (
        id TEXT PRIMARY KEY,
        vendor_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        encoding TEXT,
        state TEXT NOT NULL CHECK (state IN ('running', 'paused', 'cancelled', 'done')),
        total INTEGER NOT NULL,
        message_ko TEXT,
        runner_pid INTEGER,
        heartbeat_at INTEGER,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX invoice_jobs_by_vendor ON invoice_jobs (vendor_id, created_at);

      -- One row per file row. pending (journaled) -> sent (on the wire) -> accepted | rejected |
      -- unknown (no answer: reconciled by reading the order, never resent blindly) ; skipped =
      -- invalid in the file, held with its box, or cancelled before sending.
      CREATE TABLE invoice_job_rows (
        job_id TEXT NOT NULL REFERENCES invoice_jobs (id) ON DELETE CASCADE,
        row_no INTEGER NOT NULL,
        shipment_box_id TEXT NOT NULL DEFAULT '',
        order_id TEXT NOT NULL DEFAULT '',
        vendor_item_id TEXT NOT NULL DEFAULT '',
        carrier_code TEXT NOT NULL DEFAULT '',
        invoice_number TEXT NOT NULL DEFAULT '',
        estimated_shipping_date TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL CHECK (action IN ('upload', 'update')),
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'accepted', 'rejected', 'unknown', 'skipped')),
        result_code TEXT,
        message_ko TEXT NOT NULL DEFAULT '',
        retry_required INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        checks INTEGER NOT NULL DEFAULT 0,
        batch_id TEXT,
        not_before INTEGER,
        sent_at TEXT,
        finished_at TEXT,
        finished_ms INTEGER,
        input_json TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (job_id, row_no)
      );
      CREATE INDEX invoice_job_rows_by_state ON invoice_job_rows (job_id, state, row_no);
      CREATE INDEX invoice_job_rows_by_box ON invoice_job_rows (job_id, shipment_box_id);

      -- What a job knows about each box (from the local store, or read from Coupang when the
      -- file did not say): the order, the items still to ship, whether it is split-shipped.
      CREATE TABLE invoice_job_boxes (
        job_id TEXT NOT NULL REFERENCES invoice_jobs (id) ON DELETE CASCADE,
        shipment_box_id TEXT NOT NULL,
        order_id TEXT NOT NULL,
        live_items_json TEXT NOT NULL,
        split_shipping INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL CHECK (source IN ('store', 'coupang')),
        PRIMARY KEY (job_id, shipment_box_id)
      );
    `,
  },
  {
    version: 6,
    name: 'inquiries and settlement: inquiry inbox, answer templates, revenue lines, payouts',
    sql: `
      -- Product Q&A and contact-center transfers of a vendor, one row per inquiry (IDs TEXT). The
      -- columns are derived from the last answer Coupang sent (raw_json, lossless) for the inbox.
      CREATE TABLE inquiries (
        vendor_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('product', 'callcenter')),
        inquiry_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('NO_ANSWER', 'TRANSFER', 'ANSWERED', 'CLOSED')),
        inquiry_at TEXT NOT NULL,
        inquiry_ms INTEGER NOT NULL,
        -- Open contact-center transfers: transfer post + 24 h (rules 92-93); NULL otherwise.
        deadline_ms INTEGER,
        vendor_item_id TEXT,
        product_name TEXT NOT NULL DEFAULT '',
        question TEXT NOT NULL DEFAULT '',
        order_ids TEXT NOT NULL DEFAULT '[]',
        category TEXT,
        parent_answer_id TEXT,
        answered_at TEXT,
        answered_by_system INTEGER NOT NULL DEFAULT 0,
        search_text TEXT NOT NULL DEFAULT '',
        raw_json TEXT NOT NULL,
        synced_at TEXT NOT NULL,
        PRIMARY KEY (vendor_id, kind, inquiry_id)
      );
      CREATE INDEX inquiries_by_state ON inquiries (vendor_id, state, inquiry_ms);
      CREATE INDEX inquiries_by_time ON inquiries (vendor_id, inquiry_ms);

      -- Names of options seen in inquiry and revenue answers (product Q&A carries only IDs).
      CREATE TABLE inquiry_item_names (
        vendor_id TEXT NOT NULL,
        vendor_item_id TEXT NOT NULL,
        name TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (vendor_id, vendor_item_id)
      ) WITHOUT ROWID;

      -- Saved answer templates (all vendors of this PC).
      CREATE TABLE inquiry_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- Revenue lines (매출내역). Coupang gives a line no ID: re-fetching a window replaces every
      -- line whose recognition date falls in it, in one transaction. Amounts are whole won.
      CREATE TABLE settlement_revenue (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        vendor_id TEXT NOT NULL,
        order_id TEXT NOT NULL,
        sale_type TEXT NOT NULL,
        sale_date TEXT,
        recognition_date TEXT NOT NULL,
        settlement_date TEXT,
        final_settlement_date TEXT,
        product_summary TEXT NOT NULL DEFAULT '',
        item_count INTEGER NOT NULL DEFAULT 0,
        quantity INTEGER NOT NULL DEFAULT 0,
        sale_price INTEGER NOT NULL DEFAULT 0,
        coupang_discount INTEGER NOT NULL DEFAULT 0,
        sale_amount INTEGER NOT NULL DEFAULT 0,
        seller_discount_coupon INTEGER NOT NULL DEFAULT 0,
        service_fee INTEGER NOT NULL DEFAULT 0,
        service_fee_vat INTEGER NOT NULL DEFAULT 0,
        delivery_amount INTEGER NOT NULL DEFAULT 0,
        delivery_fee INTEGER NOT NULL DEFAULT 0,
        delivery_fee_vat INTEGER NOT NULL DEFAULT 0,
        settlement_amount INTEGER NOT NULL DEFAULT 0,
        raw_json TEXT NOT NULL
      );
      CREATE INDEX settlement_revenue_by_date ON settlement_revenue (vendor_id, recognition_date, order_id);

      -- Which recognition days have been fetched (and when): what the offline view covers.
      CREATE TABLE settlement_fetched_days (
        vendor_id TEXT NOT NULL,
        day TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (vendor_id, day)
      ) WITHOUT ROWID;

      -- Payout rows (지급내역) per revenue-recognition month, replaced whole on every fetch.
      CREATE TABLE settlement_payouts (
        vendor_id TEXT NOT NULL,
        year_month TEXT NOT NULL,
        seq INTEGER NOT NULL,
        settlement_type TEXT NOT NULL,
        settlement_date TEXT,
        date_from TEXT,
        date_to TEXT,
        total_sale INTEGER NOT NULL DEFAULT 0,
        service_fee INTEGER NOT NULL DEFAULT 0,
        settlement_target_amount INTEGER NOT NULL DEFAULT 0,
        settlement_amount INTEGER NOT NULL DEFAULT 0,
        last_amount INTEGER NOT NULL DEFAULT 0,
        deductions INTEGER NOT NULL DEFAULT 0,
        final_amount INTEGER NOT NULL DEFAULT 0,
        status TEXT,
        bank_name TEXT,
        bank_account TEXT,
        raw_json TEXT NOT NULL,
        PRIMARY KEY (vendor_id, year_month, seq)
      );
      CREATE TABLE settlement_payout_months (
        vendor_id TEXT NOT NULL,
        year_month TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (vendor_id, year_month)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 7,
    name: 'returns: return receipts, exchanges, withdrawals, action journal, sync state',
    sql: `
      -- Return / release-stop receipts (returns.listRequests, RETURN type) as last read. IDs are
      -- TEXT; the whole receipt Coupang sent is kept (lossless JSON) next to the columns the list
      -- filters and sorts on. withdrawn_at: the customer withdrew it (it left Coupang's list).
      CREATE TABLE returns_receipts (
        vendor_id TEXT NOT NULL,
        receipt_id TEXT NOT NULL,
        order_id TEXT NOT NULL,
        receipt_type TEXT NOT NULL,
        receipt_status TEXT NOT NULL,
        release_stop INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        modified_at TEXT,
        requester_name TEXT NOT NULL DEFAULT '',
        product_summary TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        cancel_count_sum INTEGER NOT NULL DEFAULT 0,
        reason_code TEXT,
        reason_ko TEXT NOT NULL DEFAULT '',
        fault_by_type TEXT,
        pre_refund INTEGER NOT NULL DEFAULT 0,
        withdrawn_at TEXT,
        raw_json TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (vendor_id, receipt_id)
      );
      CREATE INDEX returns_receipts_by_time ON returns_receipts (vendor_id, created_ms);
      CREATE INDEX returns_receipts_by_status ON returns_receipts (vendor_id, receipt_status, created_ms);

      -- Exchange requests (exchanges.listRequests), withdrawn (CANCEL) ones included.
      CREATE TABLE returns_exchanges (
        vendor_id TEXT NOT NULL,
        exchange_id TEXT NOT NULL,
        order_id TEXT NOT NULL,
        exchange_status TEXT NOT NULL,
        collect_status TEXT NOT NULL DEFAULT '',
        delivery_status TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        modified_at TEXT,
        customer_name TEXT NOT NULL DEFAULT '',
        product_summary TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        quantity INTEGER NOT NULL DEFAULT 0,
        reason_code TEXT,
        reason_ko TEXT NOT NULL DEFAULT '',
        fault_type TEXT,
        new_shipment_box_id TEXT,
        raw_json TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (vendor_id, exchange_id)
      );
      CREATE INDEX returns_exchanges_by_time ON returns_exchanges (vendor_id, created_ms);

      -- Withdrawal history (returns.listWithdrawalsByPeriod / ByIds): cancel_id is the receiptId.
      CREATE TABLE returns_withdrawals (
        vendor_id TEXT NOT NULL,
        cancel_id TEXT NOT NULL,
        order_id TEXT NOT NULL,
        refund_delivery_duty TEXT,
        withdrawn_at TEXT NOT NULL,
        withdrawn_ms INTEGER NOT NULL,
        vendor_item_ids_json TEXT NOT NULL DEFAULT '[]',
        raw_json TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (vendor_id, cancel_id)
      );
      CREATE INDEX returns_withdrawals_by_time ON returns_withdrawals (vendor_id, withdrawn_ms);

      -- Every action is journaled before it is sent: pending -> sent -> done | failed | unknown
      -- (no answer: re-read, never resent blindly).
      CREATE TABLE returns_actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        vendor_id TEXT NOT NULL,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('RETURN', 'EXCHANGE')),
        target_id TEXT NOT NULL,
        action TEXT NOT NULL,
        payload_json TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'done', 'failed', 'unknown')),
        message_ko TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        finished_at TEXT
      );
      CREATE INDEX returns_actions_by_target ON returns_actions (vendor_id, target_kind, target_id, id);
      CREATE INDEX returns_actions_by_state ON returns_actions (vendor_id, state);

      CREATE TABLE returns_sync_state (
        vendor_id TEXT PRIMARY KEY,
        last_success_at TEXT,
        last_error_ko TEXT,
        last_error_at TEXT
      );
    `,
  },
  {
    version: 8,
    name: 'orders: index of the last two characters of search_text (two-character search)',
    sql: `
      -- A two-character search (a given name, a short product word) is answered by the trigram
      -- index: every occurrence followed by another character starts a trigram. Only an
      -- occurrence at the very end of search_text starts none; this index finds those.
      CREATE INDEX orders_by_search_tail ON orders (vendor_id, substr(search_text, -2));
    `,
  },
  {
    version: 9,
    name: 'orders sync: when the open statuses were last re-read over the whole lookback',
    sql: `
      -- 결제완료/상품준비중 are re-read over the whole lookback on their own cadence (and on the
      -- seller's "sync now"), no longer on every background pull.
      ALTER TABLE orders_sync_state ADD COLUMN open_at TEXT;
    `,
  },
];
