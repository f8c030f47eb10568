"""The partner's own screen, from the window: the "Join on your own screen" dialog with its
QR code, the line in the status bar that says whether it is connected, and the controller
that joins the conversation's pages to `application.partner_screen.PartnerScreen`."""
