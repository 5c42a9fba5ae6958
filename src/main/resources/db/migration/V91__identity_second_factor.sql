-- Two-factor sign-in (docs/security.md, "Two-factor sign-in").

-- A user's TOTP secret, encrypted (AES-GCM: 12-byte nonce, then ciphertext and tag); last_step is the newest
-- 30-second step a code was accepted for, so a code cannot sign in twice.
create table second_factor (
    user_id     bigint primary key references user_account (id) on delete cascade,
    secret      bytea       not null,
    enrolled_at timestamptz not null,
    last_step   bigint      not null default 0
);

-- Recovery codes: high-entropy and single-use, so a SHA-256 is enough to keep a copy of the table useless.
create table second_factor_recovery_code (
    user_id   bigint      not null references user_account (id) on delete cascade,
    code_hash char(64)    not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- "Remember this device": the SHA-256 of the cookie's random token, until it expires.
create table second_factor_device (
    token_hash char(64) primary key,
    user_id    bigint      not null references user_account (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
create index second_factor_device_user_idx on second_factor_device (user_id);

-- The roles whose members must sign in with a second factor, chosen by an administrator.
create table second_factor_required_role (
    role           varchar(16) primary key,
    required_since timestamptz not null,
    required_by    varchar(64) not null
);

-- The key that encrypts the secrets when none is configured (FRONTDESK_SECOND_FACTOR_KEY): drawn at first use.
create table second_factor_key (
    id  smallint primary key check (id = 1),
    key bytea not null
);
