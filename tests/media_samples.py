"""Small but real media files for tests: an Ogg Opus voice note a browser can play (WhatsApp
and Telegram voice notes are Ogg Opus), a JPEG-looking receipt, and an MP4-looking video.

The voice note is silence: Opus's three-byte silent CELT frame (F8 FF FE), 20 ms each, in Ogg
pages with the RFC 7845 OpusHead and OpusTags headers and real page checksums.
"""

from __future__ import annotations

import struct

SILENT_OPUS_FRAME = b"\xf8\xff\xfe"  # CELT fullband, 20 ms, mono: silence
SAMPLES_PER_FRAME = 960  # 20 ms at 48 kHz
PRE_SKIP = 312
RECEIPT_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF a photo of a receipt"
VIDEO_MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom a short video"


def _crc_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
        table.append(crc & 0xFFFFFFFF)
    return table


_CRC = _crc_table()


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ _CRC[((crc >> 24) & 0xFF) ^ byte]
    return crc


def _page(packets: list[bytes], *, granule: int, sequence: int, flags: int) -> bytes:
    """One Ogg page holding whole packets (each under 255 bytes)."""
    lacing = bytes(len(packet) for packet in packets)
    header = b"OggS" + struct.pack("<BBqIIIB", 0, flags, granule, 0x5EED, sequence, 0, len(packets))
    page = header + lacing + b"".join(packets)
    checksum = _ogg_crc(page)
    return page[:22] + struct.pack("<I", checksum) + page[26:]


def ogg_opus_voice_note(seconds: float = 1.0) -> bytes:
    """A voice note of `seconds` of silence, as Ogg Opus."""
    head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, PRE_SKIP, 48000, 0, 0)
    vendor = b"assembly-tests"
    tags = b"OpusTags" + struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", 0)
    pages = [
        _page([head], granule=0, sequence=0, flags=0x02),
        _page([tags], granule=0, sequence=1, flags=0),
    ]
    frames = max(1, int(seconds * 50))
    sequence, done = 2, 0
    while done < frames:
        count = min(50, frames - done)
        done += count
        last = done == frames
        pages.append(
            _page(
                [SILENT_OPUS_FRAME] * count,
                granule=PRE_SKIP + done * SAMPLES_PER_FRAME,
                sequence=sequence,
                flags=0x04 if last else 0,
            )
        )
        sequence += 1
    return b"".join(pages)
