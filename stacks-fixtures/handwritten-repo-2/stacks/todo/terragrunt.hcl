# TODO: split the mail stack into smtp and imap.
