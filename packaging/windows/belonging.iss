; Inno Setup script: turns the PyInstaller folder (packaging\dist\Belonging) into one installer,
; Belonging-<version>-setup.exe. Build the folder first (see packaging\README.md), then:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\belonging.iss
;
; It installs for the current user without asking for administrator rights (an administrator
; may still choose all users), adds a Start menu entry and, if wanted, a desktop icon. The
; uninstaller removes the program only: notes in %APPDATA%\Belonging are the user's and stay.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Belonging"
#define AppExe "Belonging.exe"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{AA8C6CAD-14A8-4FC1-BA32-27A1E9A7B1F5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Belonging developers
AppPublisherURL=https://github.com/belonging/belonging
AppSupportURL=https://github.com/belonging/belonging/issues
AppCopyright=The Belonging developers, MIT licence
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
LicenseFile=..\..\LICENSE
SetupIconFile=belonging.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running Belonging before files are replaced; it saves as it goes.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Guided one-on-one conversations"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
