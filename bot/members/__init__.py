"""The roster: importing members, their invite codes, and sending invitations."""
