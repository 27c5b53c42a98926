"""The channels members write on: Twilio (SMS, WhatsApp), Telegram, and the staff-only web
try-it channel."""
