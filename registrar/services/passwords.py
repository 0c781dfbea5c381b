"""Password hashing with argon2id (OWASP parameters by default, kept in the settings)."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int = 19456  # 19 MiB (OWASP)
    time_cost: int = 2
    parallelism: int = 1


def hasher(params: Argon2Params = Argon2Params()) -> PasswordHasher:
    return PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        type=Type.ID,
    )


def hash_password(password: str, params: Argon2Params = Argon2Params()) -> str:
    return hasher(params).hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return PasswordHasher().verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str, params: Argon2Params) -> bool:
    return hasher(params).check_needs_rehash(stored_hash)
