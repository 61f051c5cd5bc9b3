"""How hard a passphrase is to guess (zxcvbn), with our own one-sentence reasons."""

from __future__ import annotations

from dataclasses import dataclass

MIN_SCORE = 3  # zxcvbn 0-4; 3 = "safely unguessable" against offline slow hashing
MIN_LENGTH = 10
MAX_LENGTH = 1024
_ZXCVBN_LIMIT = 72  # zxcvbn refuses longer input; the first 72 characters are judged

_REASONS = {
    "dictionary": "It is built mostly from common words, names or passwords.",
    "spatial": "It follows a keyboard pattern such as 'qwerty'.",
    "repeat": "It repeats the same characters or words.",
    "sequence": "It contains an easy sequence such as 'abc' or '123'.",
    "date": "It contains a date, which is easy to guess.",
    "regex": "It contains a year or another easy pattern.",
    "bruteforce": "It is too short to be safe.",
}

LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    reason: str | None  # why it is refused, one sentence; None when acceptable

    @property
    def label(self) -> str:
        return LABELS[self.score]


def assess(passphrase: str, user_inputs: tuple[str, ...] = ("securebase",)) -> Strength:
    if not passphrase:
        return Strength(0, False, "Please enter a passphrase.")
    if len(passphrase) > MAX_LENGTH:
        return Strength(4, False, f"Please keep it under {MAX_LENGTH} characters.")
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_ZXCVBN_LIMIT], user_inputs=list(user_inputs))
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        return Strength(min(score, 2), False,
                        f"Please use at least {MIN_LENGTH} characters; a few unrelated words work well.")
    if score >= MIN_SCORE:
        return Strength(score, True, None)
    patterns = [m.get("pattern") for m in result.get("sequence", [])]
    for pattern in ("dictionary", "spatial", "repeat", "sequence", "date", "regex"):
        if pattern in patterns:
            reason = _REASONS[pattern]
            break
    else:
        reason = _REASONS["bruteforce"]
    return Strength(score, False, reason + " Adding one or two unusual words helps.")
