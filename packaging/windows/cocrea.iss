; Inno Setup script for the Windows installer of Cocrea.
;
; Build the one-folder app first on Windows (`pyinstaller --noconfirm packaging\cocrea.spec`,
; which writes dist\cocrea\), then compile this script:
;
;     iscc /DAppVersion=0.1.0 packaging\windows\cocrea.iss
;
; The installer installs per user by default (no administrator rights needed on a borrowed
; laptop) and never touches the user's data: the database lives in %LOCALAPPDATA%\Cocrea, so
; updating or uninstalling keeps every workshop.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Cocrea"
#define SourceDir "..\..\dist\cocrea"

[Setup]
AppId={{6B8E3C1F-2D4A-4C7B-9E51-3A0F7C2D9B14}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Cocrea
AppComments=Talleres de cocreación de gobierno abierto, sin conexión
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Cocrea-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\cocrea.ico
UninstallDisplayIcon={app}\Cocrea.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An update closes a running Cocrea before replacing its files.
CloseApplications=yes

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program folder's contents (never the data folder in %LOCALAPPDATA%).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Cocrea.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\Cocrea.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Cocrea.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
